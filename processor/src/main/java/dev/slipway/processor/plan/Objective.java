package dev.slipway.processor.plan;

import dev.slipway.processor.values.Decimals;
import java.math.BigDecimal;

/**
 * One service level objective, ready for PromQL: {@code availability} (requests that do not fail
 * with a 5xx) or {@code latency} (requests faster than the threshold).
 *
 * @param slo the value of the {@code slo} label: {@code availability} or {@code latency}
 * @param target the objective as a ratio, for example {@code 0.999}
 * @param window the SLO window as a Prometheus duration, for example {@code 30d}
 * @param windowHours the window in hours, for the burn-rate factors
 */
public record Objective(String slo, BigDecimal target, String window, long windowHours) {

  public static final String AVAILABILITY = "availability";
  public static final String LATENCY = "latency";

  /** The allowed ratio of bad events, {@code 1 - target}. */
  public BigDecimal errorBudget() {
    return BigDecimal.ONE.subtract(target);
  }

  /** The error budget as PromQL number text, for example {@code 0.001}. */
  public String errorBudgetText() {
    return Decimals.plain(errorBudget());
  }

  public boolean isAvailability() {
    return slo.equals(AVAILABILITY);
  }
}
