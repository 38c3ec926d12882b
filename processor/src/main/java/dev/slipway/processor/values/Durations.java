package dev.slipway.processor.values;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in Slipway annotations: one or more {@code <integer><unit>} parts, largest
 * unit first, with units {@code ms s m h d}: {@code "500ms"}, {@code "30s"}, {@code "1m30s"},
 * {@code "2h"}. This is the common subset of Go durations (Argo Rollouts) and Prometheus durations,
 * so every accepted value can be written in both.
 */
public final class Durations {

  private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private Durations() {}

  /** The duration, or empty when {@code text} is not a valid duration. */
  public static Optional<Duration> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    int lastRank = -1;
    while (m.lookingAt()) {
      int rank = rank(m.group(2));
      if (rank <= lastRank) {
        return Optional.empty(); // units out of order or repeated: "5s1m", "1s1s"
      }
      lastRank = rank;
      total = total.plus(unit(m.group(2)).multipliedBy(Long.parseLong(m.group(1))));
      end = m.end();
      m.region(end, text.length());
    }
    return end == text.length() ? Optional.of(total) : Optional.empty();
  }

  /**
   * Formats a duration in the largest units that represent it exactly, for example {@code "1m30s"}.
   */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    long ms = d.toMillis();
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    String[] names = {"d", "h", "m", "s", "ms"};
    for (int i = 0; i < sizes.length; i++) {
      if (ms >= sizes[i]) {
        sb.append(ms / sizes[i]).append(names[i]);
        ms %= sizes[i];
      }
    }
    return sb.toString();
  }

  private static int rank(String unit) {
    return switch (unit) {
      case "d" -> 0;
      case "h" -> 1;
      case "m" -> 2;
      case "s" -> 3;
      default -> 4;
    };
  }

  private static Duration unit(String unit) {
    return switch (unit) {
      case "d" -> Duration.ofDays(1);
      case "h" -> Duration.ofHours(1);
      case "m" -> Duration.ofMinutes(1);
      case "s" -> Duration.ofSeconds(1);
      default -> Duration.ofMillis(1);
    };
  }
}
