package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import java.util.List;

/** The duration members of {@code @HealthCheck}, in declaration order. */
final class ProbeTimings {

  private ProbeTimings() {}

  /** The timings of the service's {@code @HealthCheck}; none without one. */
  static List<Attribute<String>> of(ServiceModel service) {
    if (service.healthCheck().isEmpty()) {
      return List.of();
    }
    HealthCheckModel health = service.healthCheck().get();
    return List.of(
        Attribute.of("HealthCheck", "period", health.period()),
        Attribute.of("HealthCheck", "timeout", health.timeout()),
        Attribute.of("HealthCheck", "initialDelay", health.initialDelay()));
  }

  /** The least a timing may be, in seconds: probes need a period and a timeout, not a delay. */
  static int minimumSeconds(String member) {
    return member.equals("initialDelay") ? 0 : 1;
  }
}
