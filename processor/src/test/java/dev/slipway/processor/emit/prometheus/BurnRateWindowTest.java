package dev.slipway.processor.emit.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  @Test
  void windowsInWeeksAndDaysAreCountedInHours() {
    assertEquals(672, Objective.windowHours("4w"));
    assertEquals(720, Objective.windowHours("30d"));
  }

  @Test
  void bucketBoundaryIsMatchedInEveryExporterSpelling() {
    assertEquals(List.of("0.3"), ServiceSeries.bucketSpellings("300ms"));
    assertEquals(List.of("1", "1.0"), ServiceSeries.bucketSpellings("1s"));
    assertEquals(List.of("2.5"), ServiceSeries.bucketSpellings("2s500ms"));
  }

  private static List<String> factors(long hours) {
    return BurnRateWindow.ALL.stream().map(w -> Objective.number(w.factor(hours))).toList();
  }
}
