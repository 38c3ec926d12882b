package dev.slipway.processor.plan;

import dev.slipway.processor.values.TimeSpan;
import java.util.List;
import java.util.Optional;

/**
 * {@code @Canary}: the traffic weights in percent, each followed by a timed pause, whether a person
 * must promote after the last one, and the header that reaches the canary before any user does.
 *
 * @param trafficRouted whether a traffic router (the Gateway API plugin, on the service's {@code
 *     HTTPRoute}) sets the weights; without one they are shares of the pods
 * @param header the header route to the canary; only with {@code trafficRouted}
 */
public record CanaryPlan(
    List<Integer> steps,
    TimeSpan pause,
    boolean manualGate,
    boolean trafficRouted,
    Optional<HeaderRoute> header) {

  /**
   * Requests with {@code name: value} go to the canary.
   *
   * @param name the HTTP header's name
   * @param value its exact value
   */
  public record HeaderRoute(String name, String value) {}

  public CanaryPlan {
    steps = List.copyOf(steps);
  }
}
