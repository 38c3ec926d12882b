package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.Located;
import java.util.LinkedHashMap;
import java.util.Map;

/** The duration members of {@code @HealthCheck}, by name, in declaration order. */
final class ProbeTimings {

  private ProbeTimings() {}

  static Map<String, Located<String>> of(HealthCheckModel health) {
    Map<String, Located<String>> timings = new LinkedHashMap<>();
    timings.put("period", health.period());
    timings.put("timeout", health.timeout());
    timings.put("initialDelay", health.initialDelay());
    return timings;
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
