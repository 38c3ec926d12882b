package dev.slipway.processor.model;

/** {@code @Metrics}, or its defaults when the class has none. */
public record MetricsModel(
    Origin origin, Located<String> path, Located<Integer> port, Located<String> interval) {}
