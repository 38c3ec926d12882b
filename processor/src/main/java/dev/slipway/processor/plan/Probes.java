package dev.slipway.processor.plan;

import dev.slipway.processor.values.TimeSpan;
import java.util.Optional;

/** {@code @HealthCheck}, resolved: the probe paths (on {@link Ports#health()}) and their timing. */
public record Probes(
    String liveness,
    String readiness,
    Optional<String> startup,
    TimeSpan period,
    TimeSpan timeout,
    int failureThreshold,
    TimeSpan initialDelay) {}
