package dev.slipway.processor.rules.scaling;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SCL-007: a utilization target written for a fixed replica count has no effect. */
public final class IgnoredUtilization extends ServiceRule {

  public IgnoredUtilization() {
    super(
        "SLW-SCL-007",
        Severity.WARNING,
        Guard.READINESS,
        "Utilization targets are only written when the service autoscales",
        "With max = min there is no autoscaler, so a written target silently does nothing.",
        "Raise max above min to autoscale, or remove the target.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.scaling().stream()
        .filter(s -> s.max().value().equals(s.min().value()))
        .flatMap(
            s ->
                Stream.of(
                        Attribute.of("Scaling", "cpuUtilization", s.cpuUtilization()),
                        Attribute.of("Scaling", "memoryUtilization", s.memoryUtilization()))
                    .filter(target -> target.located().explicit() && target.value() > 0)
                    .map(
                        target ->
                            finding(
                                target,
                                "has no effect because max = min = "
                                    + s.min().value()
                                    + " is a fixed replica count; raise max to autoscale, or remove "
                                    + target.member())));
  }
}
