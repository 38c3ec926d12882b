package dev.slipway.processor.values;

import java.time.Duration;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CronJob schedule as Kubernetes reads it: the standard parser of robfig/cron v3 ({@code
 * cron.ParseStandard}), which the API server validates {@code spec.schedule} with. Five fields
 * (minute 0-59, hour 0-23, day of month 1-31, month 1-12 or {@code JAN}-{@code DEC}, day of week
 * 0-6 or {@code SUN}-{@code SAT}, names in any case), each a list of {@code *}, {@code ?}, values,
 * ranges {@code a-b} and steps {@code x/n} (a value with a step runs to the field's maximum); or a
 * macro: {@code @yearly}, {@code @annually}, {@code @monthly}, {@code @weekly}, {@code @daily},
 * {@code @midnight}, {@code @hourly}, {@code @every <duration>}. A schedule with {@code TZ=} or
 * {@code CRON_TZ=} is rejected, as Kubernetes 1.27 and later do: the CronJob's {@code timeZone}
 * says that.
 *
 * <p>As in robfig/cron, when both day fields are restricted a day matches either of them (crontab's
 * rule); when one of them is {@code *} or {@code ?}, both must match.
 *
 * @param minutes the minutes of an hour it fires at (bits 0..59)
 * @param hours the hours (0..23)
 * @param days the days of the month (1..31)
 * @param months the months (1..12)
 * @param weekdays the days of the week (0..6, Sunday 0)
 * @param dayStar whether the day of month was {@code *} or {@code ?}
 * @param weekdayStar whether the day of week was {@code *} or {@code ?}
 * @param every the interval of an {@code @every} schedule; then the fields are unused
 */
public record CronSchedule(
    BitSet minutes,
    BitSet hours,
    BitSet days,
    BitSet months,
    BitSet weekdays,
    boolean dayStar,
    boolean weekdayStar,
    Optional<Duration> every) {

  /** What is wrong with a schedule, phrased to follow it in a message. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private record Field(String name, int min, int max, Map<String, Integer> names) {}

  private static final Field MINUTE = new Field("minute", 0, 59, Map.of());
  private static final Field HOUR = new Field("hour", 0, 23, Map.of());
  private static final Field DAY = new Field("day-of-month", 1, 31, Map.of());
  private static final Field MONTH =
      new Field(
          "month",
          1,
          12,
          Map.ofEntries(
              Map.entry("jan", 1),
              Map.entry("feb", 2),
              Map.entry("mar", 3),
              Map.entry("apr", 4),
              Map.entry("may", 5),
              Map.entry("jun", 6),
              Map.entry("jul", 7),
              Map.entry("aug", 8),
              Map.entry("sep", 9),
              Map.entry("oct", 10),
              Map.entry("nov", 11),
              Map.entry("dec", 12)));
  private static final Field WEEKDAY =
      new Field(
          "day-of-week",
          0,
          6,
          Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6));

  private static final Map<String, String> MACROS =
      Map.of(
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *",
          "@monthly", "0 0 1 * *",
          "@weekly", "0 0 * * 0",
          "@daily", "0 0 * * *",
          "@midnight", "0 0 * * *",
          "@hourly", "0 * * * *");

  /** A Go duration as {@code @every} takes it, in the units a schedule can use. */
  private static final Pattern GO_DURATION = Pattern.compile("((\\d+)(h|m|s|ms))+");

  private static final Pattern GO_PART = Pattern.compile("(\\d+)(h|m|s|ms)");

  /** How far ahead the intervals are computed: 8 years from a fixed date, two leap days. */
  private static final LocalDate SPAN_START = LocalDate.of(2024, 1, 1);

  private static final int SPAN_DAYS = 8 * 365 + 2;

  /** The schedule, or what is wrong with it. */
  public static CronSchedule parse(String text) throws Invalid {
    if (text.contains("TZ")) {
      throw new Invalid(
          "sets a time zone inside the schedule, which Kubernetes 1.27 and later reject");
    }
    String spec = text.strip();
    if (spec.isEmpty()) {
      throw new Invalid("is empty");
    }
    if (spec.startsWith("@")) {
      if (spec.startsWith("@every ")) {
        return every(spec.substring("@every ".length()).strip());
      }
      String expanded = MACROS.get(spec);
      if (expanded == null) {
        throw new Invalid(
            "is not a macro Kubernetes knows (@yearly, @annually, @monthly, @weekly, @daily,"
                + " @midnight, @hourly, @every <duration>)");
      }
      spec = expanded;
    }
    String[] fields = spec.split("\\s+");
    if (fields.length != 5) {
      throw new Invalid(
          "has "
              + fields.length
              + " fields, not the 5 of minute, hour, day of month, month and day of week");
    }
    return new CronSchedule(
        field(fields[0], MINUTE),
        field(fields[1], HOUR),
        field(fields[2], DAY),
        field(fields[3], MONTH),
        field(fields[4], WEEKDAY),
        star(fields[2]),
        star(fields[4]),
        Optional.empty());
  }

  /** The parsed schedule, or empty; for callers that only need to know. */
  public static Optional<CronSchedule> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (Invalid e) {
      return Optional.empty();
    }
  }

  private static CronSchedule every(String text) throws Invalid {
    if (!GO_DURATION.matcher(text).matches()) {
      throw new Invalid(
          "has \"@every " + text + "\", whose interval is not a duration such as \"1h30m\"");
    }
    Duration total = Duration.ZERO;
    Matcher m = GO_PART.matcher(text);
    while (m.find()) {
      long amount = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
              });
    }
    // robfig/cron runs an interval under a second every second
    Duration interval = total.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : total;
    BitSet none = new BitSet();
    return new CronSchedule(none, none, none, none, none, false, false, Optional.of(interval));
  }

  private static boolean star(String field) {
    return field.equals("*") || field.equals("?");
  }

  private static BitSet field(String text, Field field) throws Invalid {
    BitSet bits = new BitSet();
    for (String part : text.split(",", -1)) {
      range(part, field, bits);
    }
    return bits;
  }

  private static void range(String text, Field field, BitSet bits) throws Invalid {
    String[] rangeAndStep = text.split("/", -1);
    if (rangeAndStep.length > 2) {
      throw new Invalid(
          "has \"" + text + "\" in the " + field.name() + " field, with more than one '/'");
    }
    String range = rangeAndStep[0];
    int start;
    int end;
    if (range.equals("*") || range.equals("?")) {
      start = field.min();
      end = field.max();
    } else {
      String[] lowAndHigh = range.split("-", -1);
      if (lowAndHigh.length > 2) {
        throw new Invalid(
            "has \"" + text + "\" in the " + field.name() + " field, with more than one '-'");
      }
      start = value(lowAndHigh[0], field, text);
      end = lowAndHigh.length == 2 ? value(lowAndHigh[1], field, text) : start;
      if (lowAndHigh.length == 1 && rangeAndStep.length == 2) {
        end = field.max(); // "5/15" is "5-59/15"
      }
    }
    int step = 1;
    if (rangeAndStep.length == 2) {
      step = number(rangeAndStep[1], field, text);
      if (step == 0) {
        throw new Invalid(
            "has the step 0 in \""
                + text
                + "\" ("
                + field.name()
                + "); a step is a positive number");
      }
    }
    if (start < field.min()) {
      throw new Invalid(
          "has " + start + " in the " + field.name() + " field, below its minimum " + field.min());
    }
    if (end > field.max()) {
      throw new Invalid(
          "has " + end + " in the " + field.name() + " field, above its maximum " + field.max());
    }
    if (start > end) {
      throw new Invalid(
          "has the range \""
              + range
              + "\" in the "
              + field.name()
              + " field, which starts after it ends");
    }
    for (int i = start; i <= end; i += step) {
      bits.set(i);
    }
  }

  private static int value(String text, Field field, String part) throws Invalid {
    Integer named = field.names().get(text.toLowerCase(Locale.ROOT));
    return named != null ? named : number(text, field, part);
  }

  private static int number(String text, Field field, String part) throws Invalid {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Invalid(
          "has \""
              + part
              + "\" in the "
              + field.name()
              + " field, where \""
              + text
              + "\" is not a number"
              + (field.names().isEmpty() ? "" : " or a name such as \"" + example(field) + "\""));
    }
    return Integer.parseInt(text);
  }

  private static String example(Field field) {
    return field == MONTH ? "JAN" : "MON";
  }

  /** Whether the schedule fires on {@code date}, by robfig/cron's day rule. */
  private boolean firesOn(LocalDate date) {
    if (!months.get(date.getMonthValue())) {
      return false;
    }
    boolean day = days.get(date.getDayOfMonth());
    boolean weekday = weekdays.get(date.getDayOfWeek().getValue() % 7);
    return dayStar || weekdayStar ? day && weekday : day || weekday;
  }

  /**
   * The shortest and longest time between two runs, in the schedule's own clock (daylight saving
   * shifts aside), over eight years; empty when it never fires (a 30th of February).
   */
  public Optional<Intervals> intervals() {
    if (every.isPresent()) {
      return Optional.of(new Intervals(every.get(), every.get()));
    }
    List<Integer> minutesOfDay = new java.util.ArrayList<>();
    for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
      for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
        minutesOfDay.add(h * 60 + m);
      }
    }
    long shortest = Long.MAX_VALUE;
    for (int i = 1; i < minutesOfDay.size(); i++) {
      shortest = Math.min(shortest, minutesOfDay.get(i) - minutesOfDay.get(i - 1));
    }
    long longest = shortest == Long.MAX_VALUE ? 0 : shortest;
    for (int i = 1; i < minutesOfDay.size(); i++) {
      longest = Math.max(longest, minutesOfDay.get(i) - minutesOfDay.get(i - 1));
    }
    int first = minutesOfDay.get(0);
    int last = minutesOfDay.get(minutesOfDay.size() - 1);
    long previousDay = -1;
    int firingDays = 0;
    for (int d = 0; d < SPAN_DAYS; d++) {
      if (firesOn(SPAN_START.plusDays(d))) {
        firingDays++;
        if (previousDay >= 0) {
          long gap = (d - previousDay) * 1440 - last + first;
          shortest = Math.min(shortest, gap);
          longest = Math.max(longest, gap);
        }
        previousDay = d;
      }
    }
    if (firingDays == 0 || (firingDays == 1 && minutesOfDay.size() == 1)) {
      return firingDays == 0
          ? Optional.empty()
          : Optional.of(new Intervals(Duration.ofDays(SPAN_DAYS), Duration.ofDays(SPAN_DAYS)));
    }
    return Optional.of(new Intervals(Duration.ofMinutes(shortest), Duration.ofMinutes(longest)));
  }

  /** The shortest and the longest time between two consecutive runs. */
  public record Intervals(Duration shortest, Duration longest) {}
}
