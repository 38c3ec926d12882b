package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.List;
import java.util.stream.IntStream;
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
    return service.canary().stream()
        .flatMap(
            canary -> {
              List<Located<Integer>> steps = canary.steps().value();
              List<Integer> values = steps.stream().map(Located::value).toList();
              return IntStream.range(1, steps.size())
                  .filter(i -> values.get(i) <= values.get(i - 1))
                  .limit(1) // the first break in the order; the rest usually follows from it
                  .mapToObj(
                      i ->
                          finding(
                              steps.get(i).origin(),
                              Describe.attribute("Canary", "steps", values)
                                  + " has the step "
                                  + values.get(i)
                                  + " after "
                                  + values.get(i - 1)
                                  + "; list the steps in strictly increasing order"));
            });
  }
}
