package dev.slipway.processor.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JvmHeapFlagsTest {

  private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

  @Test
  void xmxInEveryUnitHotSpotAccepts() {
    assertEquals(
        Optional.of(BigDecimal.valueOf(768L << 20)), JvmHeapFlags.maxHeap("-Xmx768m", GIB));
    assertEquals(Optional.of(BigDecimal.valueOf(1L << 30)), JvmHeapFlags.maxHeap("-Xmx1G", GIB));
    assertEquals(
        Optional.of(BigDecimal.valueOf(4096)), JvmHeapFlags.maxHeap("-XX:MaxHeapSize=4096", GIB));
  }

  @Test
  void thePercentageIsOfTheMemoryLimit() {
    assertEquals(
        Optional.of(BigDecimal.valueOf(805306368)),
        JvmHeapFlags.maxHeap("-XX:MaxRAMPercentage=75.0", GIB));
  }

  @Test
  void anAbsoluteHeapWinsOverThePercentageAndTheLastFlagCounts() {
    assertEquals(
        Optional.of(BigDecimal.valueOf(512L << 20)),
        JvmHeapFlags.maxHeap("-Xmx1g -XX:MaxRAMPercentage=80 -Xmx512m", GIB));
  }

  @Test
  void optionsThatDoNotSizeTheHeapGiveNothing() {
    assertEquals(Optional.empty(), JvmHeapFlags.maxHeap("-Xms512m -XX:+UseG1GC -Dxmx=-Xmx1g", GIB));
    assertEquals(Optional.empty(), JvmHeapFlags.maxHeap("", GIB));
  }
}
