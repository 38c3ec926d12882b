package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-CAN-003: canary steps only ever increase the canary's traffic. */
public final class CanaryStepsNotIncreasing extends ServiceRule {

  public CanaryStepsNotIncreasing() {
    super(
        "SLW-CAN-003",
        Severity.ERROR,
        "@Canary steps are strictly increasing",
        "A step that repeats or lowers the canary's share wastes a pause or moves traffic back to"
            + " the old version in the middle of a rollout.",
        "Order the steps from the smallest share to the largest, without repeats.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.canary().isEmpty()) {
      return Stream.empty();
    }
    return firstBreak(service.canary().get()).stream();
  }

  /** The first step that does not increase the share; the rest usually follows from it. */
  private Optional<Finding> firstBreak(CanaryModel canary) {
    List<Located<Integer>> steps = canary.steps().value();
    for (int i = 1; i < steps.size(); i++) {
      int step = steps.get(i).value();
      int before = steps.get(i - 1).value();
      if (step <= before) {
        return Optional.of(
            finding(
                steps.get(i).origin(),
                Attribute.of("Canary", "steps", canary.stepValues()).described()
                    + " has the step "
                    + step
                    + " after "
                    + before
                    + "; list the steps in strictly increasing order"));
      }
    }
    return Optional.empty();
  }
}
