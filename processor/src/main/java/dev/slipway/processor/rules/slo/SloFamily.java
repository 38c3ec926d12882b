package dev.slipway.processor.rules.slo;

import dev.slipway.processor.rules.Family;

/** SLW-SLO-*: the objectives the alerts and dashboards are built on, {@code @Slo}. */
public final class SloFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "SLO",
          "Service level objectives (@Slo)",
          new SloObjectiveRange(),
          new SloObjectiveLooksLikeRatio(),
          new SloLatencyThreshold(),
          new SloWindow(),
          new SloMinBadRequests());

  private SloFamily() {}
}
