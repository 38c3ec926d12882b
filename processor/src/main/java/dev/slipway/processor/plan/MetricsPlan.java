package dev.slipway.processor.plan;

import dev.slipway.processor.values.TimeSpan;

/**
 * {@code @Metrics}: where and how often Prometheus scrapes (the port is {@link Ports#metrics()}).
 */
public record MetricsPlan(String path, TimeSpan interval) {}
