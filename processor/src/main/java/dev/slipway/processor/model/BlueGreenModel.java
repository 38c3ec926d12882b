package dev.slipway.processor.model;

/**
 * {@code @BlueGreen}.
 *
 * @param position the annotation's place among the class's annotations, in source order (see {@link
 *     CanaryModel#position()})
 */
public record BlueGreenModel(
    Origin origin,
    int position,
    Located<Boolean> autoPromote,
    Located<String> promotionDelay,
    Located<String> scaleDownDelay,
    Located<Double> maxErrorRate,
    Located<String> maxLatencyP99) {}
