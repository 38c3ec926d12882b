package dev.slipway.processor.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The maximum heap that JVM options such as {@code JAVA_TOOL_OPTIONS} set, read the way HotSpot
 * reads them: {@code -Xmx} and {@code -XX:MaxHeapSize} (bytes, or a {@code k m g t} suffix in
 * either case) win over {@code -XX:MaxRAMPercentage}, and of several the last one counts.
 */
public final class JvmHeapFlags {

  private static final Pattern ABSOLUTE =
      Pattern.compile("(?:^|\\s)(?:-Xmx|-XX:MaxHeapSize=)([0-9]{1,18})([kKmMgGtT]?)(?=\\s|$)");

  private static final Pattern PERCENTAGE =
      Pattern.compile("(?:^|\\s)-XX:MaxRAMPercentage=([0-9]{1,3}(?:\\.[0-9]+)?)(?=\\s|$)");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private JvmHeapFlags() {}

  /**
   * The heap in bytes that {@code options} give a JVM in a container with {@code memoryLimit}
   * bytes, or empty when they do not size the heap.
   */
  public static Optional<BigDecimal> maxHeap(String options, BigDecimal memoryLimit) {
    Matcher absolute = ABSOLUTE.matcher(options);
    String last = null;
    String unit = "";
    while (absolute.find()) {
      last = absolute.group(1);
      unit = absolute.group(2);
    }
    if (last != null) {
      return Optional.of(new BigDecimal(last).multiply(multiplier(unit)));
    }
    Matcher percentage = PERCENTAGE.matcher(options);
    String share = null;
    while (percentage.find()) {
      share = percentage.group(1);
    }
    return Optional.ofNullable(share)
        .map(p -> memoryLimit.multiply(new BigDecimal(p)).divide(HUNDRED, 0, RoundingMode.DOWN));
  }

  private static BigDecimal multiplier(String unit) {
    int shift =
        switch (unit.toLowerCase(Locale.ROOT)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    return BigDecimal.valueOf(1L << shift);
  }
}
