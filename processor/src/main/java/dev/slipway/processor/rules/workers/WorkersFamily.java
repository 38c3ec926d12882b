package dev.slipway.processor.rules.workers;

import dev.slipway.processor.rules.Family;

/** SLW-WRK-*: workers ({@code @Worker}) and the backlog they consume ({@code @Backlog}). */
public final class WorkersFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "WRK",
          "Workers and their backlog (@Worker, @Backlog)",
          new WorkerWithTraffic(),
          new WorkerWithSlo(),
          new WorkerAndJob(),
          new InvalidBacklogMetric(),
          new InvalidBacklogLabel(),
          new InvalidBacklogThreshold(),
          new InvalidBacklogDuration(),
          new DependsOnNonServing());

  private WorkersFamily() {}
}
