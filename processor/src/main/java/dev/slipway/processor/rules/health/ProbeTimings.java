package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.rules.Attribute;
import java.util.List;

/** The duration members of {@code @HealthCheck}, in declaration order. */
final class ProbeTimings {

  private ProbeTimings() {}

  static List<Attribute<String>> of(HealthCheckModel health) {
    return List.of(
        Attribute.of("HealthCheck", "period", health.period()),
        Attribute.of("HealthCheck", "timeout", health.timeout()),
        Attribute.of("HealthCheck", "initialDelay", health.initialDelay()));
  }

  /** A sensible value of each timing, for messages. */
  static String example(String member) {
    return switch (member) {
      case "period" -> "10s";
      case "timeout" -> "2s";
      default -> "0s";
    };
  }

  /** The least a timing may be, in seconds: probes need a period and a timeout, not a delay. */
  static int minimumSeconds(String member) {
    return member.equals("initialDelay") ? 0 : 1;
  }
}
