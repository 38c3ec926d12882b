package dev.slipway.processor.emit.alerts;

import java.util.Locale;

/**
 * The {@code severity} label of a generated alert. Slipway pages only on symptoms users feel (SLO
 * burn); causes become tickets or warnings, as the SRE workbook recommends.
 */
public enum AlertSeverity {
  /** Wake someone up: users are hurt now and the budget will be gone within days. */
  PAGE,
  /** Handle in working hours: a slow burn or a broken part that will hurt if left alone. */
  TICKET,
  /** Worth a look; no action may be needed. */
  WARNING;

  /** The label value: {@code page}, {@code ticket} or {@code warning}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
