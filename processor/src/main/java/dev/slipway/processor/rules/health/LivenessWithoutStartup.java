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
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-HLT-009: a liveness probe is guarded by a startup probe or an initial delay, or a service
 * that starts slowly (a JVM warming up, a cache loading) is killed before it is up.
 */
public final class LivenessWithoutStartup extends ServiceRule {

  public LivenessWithoutStartup() {
    super(
        "SLW-HLT-009",
        Severity.WARNING,
        Guard.READINESS,
        "A liveness probe comes with a startup probe or an initial delay",
        "Liveness starts probing at once; a service that takes longer than failureThreshold x"
            + " period to start is restarted in a loop (kube-score README_PROBES).",
        "Keep a startup probe, e.g. startup = \"/health/started\", or set initialDelay.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.healthCheck().isEmpty()) {
      return Stream.empty();
    }
    HealthCheckModel health = service.healthCheck().get();
    Optional<Duration> initialDelay = Durations.parse(health.initialDelay().value());
    if (health.liveness().value().isEmpty()
        || !health.startup().value().isEmpty()
        || initialDelay.isEmpty()
        || !initialDelay.get().isZero()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            Attribute.of("HealthCheck", "startup", health.startup()),
            "leaves liveness = "
                + Describe.literal(health.liveness().value())
                + " probing from the first second, so a slow start ends in a restart loop;"
                + " keep a startup probe, e.g. \"/health/started\", or set initialDelay"));
  }
}
