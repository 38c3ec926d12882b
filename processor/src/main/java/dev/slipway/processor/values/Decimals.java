package dev.slipway.processor.values;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as PromQL, Argo Rollouts and people read them: plain decimals, never exponents. */
public final class Decimals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Decimals() {}

  /** Plain decimal text without trailing zeros: {@code 0.001}, {@code 14.4}, {@code 2}. */
  public static String plain(BigDecimal value) {
    return value.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
  }

  /** A ratio as a percentage for prose: {@code 0.999} is {@code 99.9 %}. */
  public static String percent(BigDecimal ratio) {
    return plain(ratio.movePointRight(2)) + " %";
  }

  /**
   * A percentage as written in an annotation ({@code 99.9}) as a ratio ({@code 0.999}), exactly.
   */
  public static BigDecimal ratioOfPercent(double percent) {
    // valueOf goes through Double.toString, so 99.9 stays exactly 99.9
    return BigDecimal.valueOf(percent).divide(HUNDRED);
  }

  /** Seconds with a fractional part for a duration: 300 ms is {@code 0.3}, 1 s is {@code 1}. */
  public static BigDecimal seconds(java.time.Duration duration) {
    return BigDecimal.valueOf(duration.toMillis()).movePointLeft(3);
  }
}
