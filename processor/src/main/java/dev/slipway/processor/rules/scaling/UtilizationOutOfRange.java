package dev.slipway.processor.rules.scaling;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ScalingModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SCL-003: utilization targets are percentages in 0..100 (0 = do not scale on it). */
public final class UtilizationOutOfRange extends ServiceRule {

  private static final Grammar<Integer> PERCENTAGE = Grammar.within(0, 100);

  private static final String ADVICE =
      "it is a percentage of the request: use 1..100, or 0 to not scale on it";

  public UtilizationOutOfRange() {
    super(
        "SLW-SCL-003",
        Severity.ERROR,
        "@Scaling utilization targets are in 0..100",
        "A target is a percentage of the request: negative values are rejected by Kubernetes,"
            + " and above 100 the autoscaler waits for pods to exceed their request before it acts.",
        "Use 1..100 (typically 60..80), or 0 to not scale on that resource.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.scaling().isEmpty()) {
      return Stream.empty();
    }
    ScalingModel scaling = service.scaling().get();
    return Stream.concat(
        checkGrammar(
            Attribute.of("Scaling", "cpuUtilization", scaling.cpuUtilization()),
            PERCENTAGE,
            ADVICE),
        checkGrammar(
            Attribute.of("Scaling", "memoryUtilization", scaling.memoryUtilization()),
            PERCENTAGE,
            ADVICE));
  }
}
