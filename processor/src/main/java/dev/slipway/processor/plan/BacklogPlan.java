package dev.slipway.processor.plan;

import java.time.Duration;
import java.util.Map;

/**
 * {@code @Backlog}, resolved.
 *
 * @param labels the label matchers, name to exact value, in the order written
 */
public record BacklogPlan(
    String metric, Map<String, String> labels, long threshold, Duration duration) {}
