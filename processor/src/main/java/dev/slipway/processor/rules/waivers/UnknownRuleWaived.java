package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Rule;
import dev.slipway.processor.rules.Rulebook;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-WVR-001: a waiver names a rule that exists. */
public final class UnknownRuleWaived extends Rule {

  public UnknownRuleWaived() {
    super(
        "SLW-WVR-001",
        Severity.ERROR,
        "@Waive(rule) is a Slipway rule id",
        "A waiver of a mistyped id waives nothing, and the reader of the code believes otherwise.",
        "Copy the id from the diagnostic or from docs/rules.md, e.g. \"SLW-SCL-006\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.waivers().stream()
        .filter(w -> Rulebook.byId(w.rule().value()).isEmpty())
        .map(
            w ->
                finding(
                    w.rule().origin(),
                    Describe.attribute("Waive", "rule", w.rule().value())
                        + " is not a Slipway rule id; copy the id from the diagnostic or from"
                        + " docs/rules.md, e.g. \"SLW-SCL-006\""));
  }
}
