package dev.slipway.processor.rules.health;

import dev.slipway.processor.rules.Family;

/** SLW-HLT-*: the probes, {@code @HealthCheck}. */
public final class HealthFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "HLT",
          "Health checks (@HealthCheck)",
          new MissingReadinessProbe(),
          new InvalidProbePath(),
          new InvalidProbeTiming(),
          new ProbeTimingNotWholeSeconds(),
          new TimeoutNotBelowPeriod(),
          new FailureThresholdBelowOne(),
          new LivenessSameAsReadiness(),
          new ProbePortOutOfRange(),
          new LivenessWithoutStartup());

  private HealthFamily() {}
}
