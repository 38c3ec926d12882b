package dev.slipway.processor.plan;

import dev.slipway.processor.values.TimeSpan;

/** {@code @BlueGreen}: how the preview is promoted and how long the old version stays. */
public record BlueGreenPlan(
    boolean autoPromote, TimeSpan promotionDelay, TimeSpan scaleDownDelay) {}
