package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Retired;
import dev.slipway.processor.rules.Severity;
import java.util.Optional;

/** SLW-WVR-001: a waiver names a rule that exists. */
public final class UnknownRuleWaived extends WaiverRule {

  public UnknownRuleWaived() {
    super(
        "SLW-WVR-001",
        Severity.ERROR,
        "@Waive(rule) is a Slipway rule id",
        "A waiver of a mistyped id waives nothing, and the reader of the code believes otherwise.",
        "Copy the id from the diagnostic or from docs/rules.md, e.g. \"SLW-SCL-006\".");
  }

  @Override
  public Optional<Finding> check(ServiceModel service, Waiver waiver) {
    if (waiver.rule().isPresent()) {
      return Optional.empty();
    }
    Attribute<String> rule = Attribute.of("Waive", "rule", waiver.annotation().rule());
    String retired = Retired.IDS.get(rule.value());
    if (retired != null) {
      return Optional.of(
          finding(
              rule,
              "is a retired rule id, replaced by "
                  + retired
                  + "; waive the rule that reports the finding now, or remove the waiver"));
    }
    return Optional.of(
        finding(
            rule,
            "is not a Slipway rule id; copy the id from the diagnostic or from"
                + " docs/rules.md, e.g. \"SLW-SCL-006\""));
  }
}
