package dev.slipway.processor.plan;

import dev.slipway.processor.values.TimeSpan;
import java.util.List;

/**
 * The objectives of {@code @Slo}, resolved.
 *
 * @param latencyThreshold the latency a request must stay under to count as fast
 * @param minBadRequests the fewest bad requests in a burn-rate alert's long window before it fires
 */
public record SloPlan(
    Objective availability, Objective latency, TimeSpan latencyThreshold, int minBadRequests) {

  /** Both objectives, availability first. */
  public List<Objective> objectives() {
    return List.of(availability, latency);
  }

  /** The SLO window as a Prometheus duration, for example {@code 30d}. */
  public String window() {
    return availability.window();
  }
}
