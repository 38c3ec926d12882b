package dev.slipway.processor.rules.scaling;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ScalingModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SCL-004: an autoscaler ({@code max > min}) has at least one utilization target. */
public final class AutoscalingWithoutTarget extends ServiceRule {

  public AutoscalingWithoutTarget() {
    super(
        "SLW-SCL-004",
        Severity.ERROR,
        "An autoscaling service has a CPU or memory utilization target",
        "With both targets 0 the autoscaler has no metric and Kubernetes silently falls back to"
            + " 80 % CPU, which nobody chose.",
        "Set cpuUtilization (e.g. 70) or memoryUtilization, or set max = min for a fixed count.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.scaling().isEmpty()) {
      return Stream.empty();
    }
    ScalingModel s = service.scaling().get();
    if (!s.autoscales() || s.cpuUtilization().value() != 0 || s.memoryUtilization().value() != 0) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            Attribute.of("Scaling", "cpuUtilization", s.cpuUtilization()),
            "and memoryUtilization = 0 leave the autoscaler (min "
                + s.min().value()
                + ", max "
                + s.max().value()
                + ") without a metric; set cpuUtilization, e.g. 70, or set max = min"));
  }
}
