package dev.slipway.processor.model;

/**
 * {@code @Slo}, or its defaults when the class has none ({@code origin} is then the
 * {@code @Service} annotation).
 */
public record SloModel(
    Origin origin,
    Located<Double> availability,
    Located<String> latency,
    Located<Double> latencyTarget,
    Located<String> window,
    Located<Integer> minBadRequests) {}
