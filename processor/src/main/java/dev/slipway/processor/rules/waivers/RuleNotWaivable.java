package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Rule;
import dev.slipway.processor.rules.Rulebook;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-WVR-003: only waivable rules are waived; invalid values must be fixed. */
public final class RuleNotWaivable extends Rule {

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
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.waivers().stream()
        .filter(w -> Rulebook.byId(w.rule().value()).filter(r -> !r.waivable()).isPresent())
        .map(
            w ->
                finding(
                    w.rule().origin(),
                    Describe.attribute("Waive", "rule", w.rule().value())
                        + " names a rule that cannot be waived, because it reports a value that"
                        + " would not work; fix the value and remove the waiver"));
  }
}
