package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.rules.Family;

/** SLW-WVR-*: the waivers themselves, {@code @Waive}. */
public final class WaiversFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "WVR",
          "Waivers (@Waive)",
          new UnknownRuleWaived(),
          new WaiverWithoutReason(),
          new RuleNotWaivable(),
          new UnusedWaiver());

  private WaiversFamily() {}
}
