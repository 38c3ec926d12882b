package dev.slipway.processor.rules.metrics;

import dev.slipway.processor.rules.Family;

/** SLW-MET-*: how Prometheus scrapes the service, {@code @Metrics}. */
public final class MetricsFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "MET",
          "Metrics (@Metrics)",
          new MetricsPathAbsolute(),
          new MetricsInterval(),
          new MetricsPortRange());

  private MetricsFamily() {}
}
