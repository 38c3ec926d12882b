package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-CAN-002: each canary step is a traffic share in 1..99 percent. */
public final class CanaryStepOutOfRange extends ServiceRule {

  public CanaryStepOutOfRange() {
    super(
        "SLW-CAN-002",
        Severity.ERROR,
        "Each @Canary step is in 1..99",
        "A step is the canary's share of traffic in percent: 0 sends it nothing to analyse, 100"
            + " promotes before the analysis ends, and other values are not percentages.",
        "Use shares between 1 and 99; promotion to 100 % follows the last step by itself.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.canary().isEmpty() ? Stream.empty() : check(service.canary().get());
  }

  private Stream<Finding> check(CanaryModel canary) {
    List<Located<Integer>> steps = canary.steps().value();
    List<Finding> findings = new ArrayList<>();
    for (Located<Integer> step : steps) {
      if (step.value() < 1 || step.value() > 99) {
        findings.add(
            finding(
                step.origin(),
                Attribute.of("Canary", "steps", canary.stepValues()).described()
                    + " has the step "
                    + step.value()
                    + ", outside 1..99; a step is the canary's traffic share in percent, and"
                    + " promotion to 100 follows the last step by itself"));
      }
    }
    return findings.stream();
  }
}
