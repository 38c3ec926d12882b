package dev.slipway.processor.rules.scaling;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ScalingModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
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
    if (service.scaling().isEmpty()
        || !service.scaling().get().max().value().equals(service.scaling().get().min().value())) {
      return Stream.empty();
    }
    ScalingModel s = service.scaling().get();
    List<Finding> findings = new ArrayList<>();
    for (Attribute<Integer> target :
        List.of(
            Attribute.of("Scaling", "cpuUtilization", s.cpuUtilization()),
            Attribute.of("Scaling", "memoryUtilization", s.memoryUtilization()))) {
      if (target.located().explicit() && target.value() > 0) {
        findings.add(
            finding(
                target,
                "has no effect because max = min = "
                    + s.min().value()
                    + " is a fixed replica count; raise max to autoscale, or remove "
                    + target.member()));
      }
    }
    return findings.stream();
  }
}
