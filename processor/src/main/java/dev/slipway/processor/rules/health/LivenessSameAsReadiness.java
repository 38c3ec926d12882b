package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/**
 * SLW-HLT-007: liveness and readiness are different endpoints (kube-score {@code
 * pod-probes-identical}). Both probes share the port, so equal paths are the same probe.
 */
public final class LivenessSameAsReadiness extends ServiceRule {

  public LivenessSameAsReadiness() {
    super(
        "SLW-HLT-007",
        Severity.ERROR,
        Guard.READINESS,
        "@HealthCheck liveness and readiness are different paths",
        "Readiness fails when a dependency is down; if liveness is the same check, Kubernetes"
            + " restarts every pod at once and turns a dependency outage into a full outage.",
        "Give liveness its own path that only checks the process itself, e.g. \"/health/live\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.healthCheck().isEmpty()) {
      return Stream.empty();
    }
    HealthCheckModel health = service.healthCheck().get();
    if (health.liveness().value().isEmpty()
        || !normalized(health.liveness().value()).equals(normalized(health.readiness().value()))) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            Attribute.of("HealthCheck", "liveness", health.liveness()),
            "is the same endpoint as readiness = "
                + Describe.literal(health.readiness().value())
                + ", so a failing dependency would restart every pod; give liveness its own"
                + " path that checks only the process, e.g. \"/health/live\""));
  }

  private static String normalized(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
