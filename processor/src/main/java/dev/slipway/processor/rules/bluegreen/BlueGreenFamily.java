package dev.slipway.processor.rules.bluegreen;

import dev.slipway.processor.rules.Family;

/** SLW-BG-*: what a blue-green Rollout needs of {@code @BlueGreen}. */
public final class BlueGreenFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "BG",
          "Blue-green (@BlueGreen)",
          new InvalidBlueGreenDelay(),
          new BlueGreenErrorRateNotRatio(),
          new InvalidBlueGreenLatency(),
          new BlueGreenWithCanary(),
          new ScaleDownBeforeAnalysisEnds());

  private BlueGreenFamily() {}
}
