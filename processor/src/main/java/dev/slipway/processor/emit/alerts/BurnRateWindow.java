package dev.slipway.processor.emit.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One multi-window burn-rate condition of the SRE workbook (chapter 5, "Alerting on SLOs"), as
 * Sloth implements it: alert when the error ratio over both the long and the short window exceeds
 * {@code factor × error budget}, where the factor is the share of the whole budget that may burn in
 * the long window: {@code budgetShare × SLO window / long window}. For 30 days this gives the
 * familiar 14.4, 6, 3 and 1.
 *
 * @param severity {@code page} or {@code ticket}
 * @param longWindow the window that proves the burn is significant
 * @param shortWindow the window that proves it is still going on (so the alert resolves fast)
 * @param longWindowHours the long window in hours
 * @param budgetShare the share of the SLO window's budget that may burn in the long window
 */
public record BurnRateWindow(
    AlertSeverity severity,
    String longWindow,
    String shortWindow,
    long longWindowHours,
    BigDecimal budgetShare) {

  /** Page on 2 % of the budget in 1 h or 5 % in 6 h; ticket on 10 % in 1 d or in 3 d. */
  public static final List<BurnRateWindow> ALL =
      List.of(
          new BurnRateWindow(AlertSeverity.PAGE, "1h", "5m", 1, new BigDecimal("0.02")),
          new BurnRateWindow(AlertSeverity.PAGE, "6h", "30m", 6, new BigDecimal("0.05")),
          new BurnRateWindow(AlertSeverity.TICKET, "1d", "2h", 24, new BigDecimal("0.10")),
          new BurnRateWindow(AlertSeverity.TICKET, "3d", "6h", 72, new BigDecimal("0.10")));

  /** Every window a burn-rate alert reads, shortest first; the SLO window comes on top. */
  public static final List<String> ALERT_WINDOWS =
      List.of("5m", "30m", "1h", "2h", "6h", "1d", "3d");

  /** The burn-rate factor for an SLO window of {@code windowHours}, at most four decimals. */
  public BigDecimal factor(long windowHours) {
    return budgetShare
        .multiply(BigDecimal.valueOf(windowHours))
        .divide(BigDecimal.valueOf(longWindowHours), 4, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }
}
