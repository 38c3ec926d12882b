package dev.slipway.processor.emit.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slipway.processor.values.Decimals;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurnRateWindowTest {

  @Test
  void thirtyDayWindowGivesTheSreWorkbookFactors() {
    assertEquals(List.of("14.4", "6", "3", "1"), factors(30 * 24));
  }

  @Test
  void twentyEightDayWindowScalesTheFactorsAsSlothDoes() {
    assertEquals(List.of("13.44", "5.6", "2.8", "0.9333"), factors(28 * 24));
  }

  private static List<String> factors(long hours) {
    return BurnRateWindow.ALL.stream().map(w -> Decimals.plain(w.factor(hours))).toList();
  }
}
