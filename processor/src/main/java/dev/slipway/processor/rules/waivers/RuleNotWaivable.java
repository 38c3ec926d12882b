package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Severity;
import java.util.Optional;

/** SLW-WVR-003: only waivable rules are waived; invalid values must be fixed. */
public final class RuleNotWaivable extends WaiverRule {

  public RuleNotWaivable() {
    super(
        "SLW-WVR-003",
        Severity.ERROR,
        "@Waive names a waivable rule",
        "Rules about values Kubernetes or Argo Rollouts would reject, or that Slipway cannot"
            + " represent, cannot be waived: the generated output would not work.",
        "Fix the value the rule reports and remove the waiver.");
  }

  @Override
  public Optional<Finding> check(ServiceModel service, Waiver waiver) {
    if (waiver.rule().isEmpty() || waiver.rule().get().waivable()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            Attribute.of("Waive", "rule", waiver.annotation().rule()),
            "names a rule that cannot be waived, because it reports a value that"
                + " would not work; fix the value and remove the waiver"));
  }
}
