package dev.slipway.processor.plan;

import dev.slipway.processor.values.TimeSpan;
import java.util.List;

/**
 * {@code @Canary}: the traffic weights in percent, each followed by a timed pause, and whether a
 * person must promote after the last one.
 */
public record CanaryPlan(List<Integer> steps, TimeSpan pause, boolean manualGate) {

  public CanaryPlan {
    steps = List.copyOf(steps);
  }
}
