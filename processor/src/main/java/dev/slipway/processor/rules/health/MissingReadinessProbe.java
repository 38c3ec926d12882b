package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-HLT-001: every service has a readiness probe, which {@code @HealthCheck} provides. */
public final class MissingReadinessProbe extends ServiceRule {

  public MissingReadinessProbe() {
    super(
        "SLW-HLT-001",
        Severity.ERROR,
        Guard.PRODUCTION_READINESS,
        "The service has @HealthCheck with a readiness path",
        "Without a readiness probe Kubernetes sends traffic to pods that are still starting or"
            + " broken, and a rollout cannot tell a bad version from a good one (kube-score"
            + " pod-probes).",
        "Add @HealthCheck(readiness = \"/health/ready\") with a path that answers 200 only when the"
            + " service can take traffic.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.isJob()) {
      return Stream
          .empty(); // a job's pod is not probed: it exits when done (Polaris skips jobs too)
    }
    if (service.healthCheck().isEmpty()) {
      return Stream.of(
          finding(
              service.origin(),
              service.serviceName()
                  + " has no @HealthCheck, so it gets no readiness probe and receives traffic"
                  + " before it is ready; add @HealthCheck(readiness = \"/health/ready\")"));
    }
    HealthCheckModel health = service.healthCheck().get();
    if (!health.readiness().value().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            Attribute.of("HealthCheck", "readiness", health.readiness()),
            "leaves the service without a readiness probe; set it to a path that answers"
                + " 200 only when the service can take traffic, e.g. \"/health/ready\""));
  }
}
