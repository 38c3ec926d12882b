package dev.slipway.processor.rules.lifecycle;

import dev.slipway.processor.rules.Family;

/** SLW-LIF-*: how a pod stops, {@code @Service(drain, gracePeriod)}. */
public final class LifecycleFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "LIF",
          "Lifecycle (@Service(drain, gracePeriod))",
          new InvalidLifecycleDuration(),
          new GracePeriodNotAboveDrain(),
          new NoDrain());

  private LifecycleFamily() {}
}
