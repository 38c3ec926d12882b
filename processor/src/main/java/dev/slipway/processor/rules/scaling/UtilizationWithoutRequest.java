package dev.slipway.processor.rules.scaling;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ScalingModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Quantity;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-SCL-005: a utilization target has the request it is a percentage of. Reported on the target;
 * the message names the request.
 */
public final class UtilizationWithoutRequest extends ServiceRule {

  public UtilizationWithoutRequest() {
    super(
        "SLW-SCL-005",
        Severity.ERROR,
        "A utilization target has a matching @Resources request",
        "Utilization is measured against the request; without one the autoscaler takes no"
            + " action for that metric (Kubernetes HPA docs).",
        "Set the @Resources request (cpu or memory), or set the target to 0.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.scaling().isEmpty() || !service.scaling().get().autoscales()) {
      return Stream.empty();
    }
    ScalingModel s = service.scaling().get();
    return Stream.concat(
        check(
            Attribute.of("Scaling", "cpuUtilization", s.cpuUtilization()),
            Attribute.of("Resources", "cpu", service.resources().cpu())),
        check(
            Attribute.of("Scaling", "memoryUtilization", s.memoryUtilization()),
            Attribute.of("Resources", "memory", service.resources().memory())));
  }

  private Stream<Finding> check(Attribute<Integer> target, Attribute<String> request) {
    // An unparsable or negative request is SLW-RES-001's to report.
    Optional<Quantity> parsed = Quantity.parse(request.value());
    boolean zero = parsed.isPresent() && parsed.get().isZero();
    if (target.value() <= 0 || !(request.value().isEmpty() || zero)) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            target,
            "needs a "
                + request.member()
                + " request, but "
                + request.described()
                + (zero ? " is zero" : " is not set")
                + "; set the request, or set "
                + target.member()
                + " = 0"));
  }
}
