package dev.slipway.processor.model;

/** {@code @BlueGreen}. */
public record BlueGreenModel(
    Origin origin,
    Located<Boolean> autoPromote,
    Located<String> promotionDelay,
    Located<String> scaleDownDelay,
    Located<Double> maxErrorRate,
    Located<String> maxLatencyP99) {}
