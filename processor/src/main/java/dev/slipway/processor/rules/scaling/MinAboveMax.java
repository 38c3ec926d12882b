package dev.slipway.processor.rules.scaling;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ScalingModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SCL-002: the maximum is not below the minimum; reported on {@code max}, the usual fix. */
public final class MinAboveMax extends ServiceRule {

  public MinAboveMax() {
    super(
        "SLW-SCL-002",
        Severity.ERROR,
        "@Scaling(max) is at least min",
        "Kubernetes rejects an autoscaler whose maxReplicas is below minReplicas.",
        "Set max >= min (max = min for a fixed replica count).");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.scaling().isEmpty()) {
      return Stream.empty();
    }
    ScalingModel scaling = service.scaling().get();
    if (scaling.min().value() <= scaling.max().value()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            scaling.max().origin(),
            Describe.attribute("Scaling", "min", scaling.min().value())
                + " is greater than max = "
                + scaling.max().value()
                + "; set max >= min"));
  }
}
