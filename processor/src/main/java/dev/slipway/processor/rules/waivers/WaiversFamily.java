package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.rules.Family;
import java.util.List;

/** SLW-WVR-*: the waivers themselves, {@code @Waive}; the engine applies these rules. */
public final class WaiversFamily {

  /** In id order. */
  public static final List<WaiverRule> RULES =
      List.of(
          new UnknownRuleWaived(),
          new WaiverWithoutReason(),
          new RuleNotWaivable(),
          new UnusedWaiver());

  public static final Family FAMILY = new Family("WVR", "Waivers (@Waive)", List.copyOf(RULES));

  private WaiversFamily() {}
}
