package dev.slipway.processor.plan;

import dev.slipway.processor.values.TimeSpan;
import java.time.Duration;
import java.util.Optional;

/**
 * The metric analysis that gates a progressive rollout ({@code @Canary} or {@code @BlueGreen}).
 *
 * @param maxErrorRate the highest acceptable share of 5xx responses
 * @param maxLatencyP99 the highest acceptable p99 latency
 * @param rateWindow the range of the {@code rate()}s: four scrapes, so that one missed scrape
 *     leaves enough samples
 * @param count how many measurements the run takes; empty for a background analysis, which runs
 *     until the rollout finishes
 * @param inconclusiveLimit how many measurements without data (no traffic yet) the run tolerates
 *     before it stops as inconclusive, which pauses the rollout for a human
 */
public record AnalysisPlan(
    double maxErrorRate,
    TimeSpan maxLatencyP99,
    Duration rateWindow,
    Optional<Integer> count,
    int inconclusiveLimit) {

  /** How often a metric is measured. */
  public static final Duration INTERVAL = Duration.ofMinutes(1);
}
