package dev.slipway.processor.model;

import java.util.List;

/** {@code @Canary}. {@code steps} keeps each weight's own origin. */
public record CanaryModel(
    Origin origin,
    Located<List<Located<Integer>>> steps,
    Located<String> pause,
    Located<Double> maxErrorRate,
    Located<String> maxLatencyP99) {}
