package dev.slipway.processor.rules.canary;

import dev.slipway.processor.rules.Family;

/** SLW-CAN-*: what a canary Rollout needs of {@code @Canary}. */
public final class CanaryFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "CAN",
          "Canary (@Canary)",
          new NoCanarySteps(),
          new CanaryStepOutOfRange(),
          new CanaryStepsNotIncreasing(),
          new InvalidCanaryPause(),
          new ErrorRateNotRatio(),
          new InvalidLatencyThreshold(),
          new InvalidCanaryHeader(),
          new HeaderWithoutRoute(),
          new StepsApproximatedByPods());

  private CanaryFamily() {}
}
