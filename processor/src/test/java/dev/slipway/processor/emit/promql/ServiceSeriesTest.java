package dev.slipway.processor.emit.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSeriesTest {

  @Test
  void bucketBoundaryIsMatchedInEveryExporterSpelling() {
    assertEquals(List.of("0.3"), ServiceSeries.bucketSpellings(Duration.ofMillis(300)));
    assertEquals(List.of("1", "1.0"), ServiceSeries.bucketSpellings(Duration.ofSeconds(1)));
    assertEquals(List.of("2.5"), ServiceSeries.bucketSpellings(Duration.ofMillis(2500)));
  }
}
