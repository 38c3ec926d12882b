package dev.slipway.processor.model;

/** {@code @HealthCheck}: paths and durations as written; empty {@code startup} means none. */
public record HealthCheckModel(
    Origin origin,
    Located<String> liveness,
    Located<String> readiness,
    Located<String> startup,
    Located<Integer> port,
    Located<String> period,
    Located<String> timeout,
    Located<Integer> failureThreshold,
    Located<String> initialDelay) {}
