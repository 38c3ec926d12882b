package dev.slipway.processor.emit.prometheus;

import dev.slipway.processor.model.SloModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

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

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Both objectives of a service, availability first. Assumes a validated {@link SloModel}. */
  public static List<Objective> of(SloModel slo) {
    String window = slo.window().value();
    long hours = windowHours(window);
    return List.of(
        new Objective(AVAILABILITY, ratio(slo.availability().value()), window, hours),
        new Objective(LATENCY, ratio(slo.latencyTarget().value()), window, hours));
  }

  /** The allowed ratio of bad events, {@code 1 - target}. */
  public BigDecimal errorBudget() {
    return BigDecimal.ONE.subtract(target);
  }

  /** The error budget as PromQL number text, for example {@code 0.001}. */
  public String errorBudgetText() {
    return number(errorBudget());
  }

  /**
   * A window such as {@code 30d} or {@code 4w} in hours; the window is validated by SLW-SLO-004.
   */
  static long windowHours(String window) {
    long amount = Long.parseLong(window.substring(0, window.length() - 1));
    return window.endsWith("w") ? amount * 7 * 24 : amount * 24;
  }

  /** Plain decimal text without trailing zeros, as PromQL and humans read it. */
  public static String number(BigDecimal value) {
    return value.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
  }

  private static BigDecimal ratio(double percent) {
    // valueOf goes through Double.toString, so 99.9 stays exactly 99.9
    return BigDecimal.valueOf(percent).divide(HUNDRED);
  }
}
