package dev.slipway.processor.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schedules the Kubernetes API server accepts and rejects for a CronJob: those of robfig/cron
 * v3's standard parser ({@code cron.ParseStandard}), which {@code validateScheduleFormat} calls,
 * plus its rejection of {@code TZ=} and {@code CRON_TZ=} since Kubernetes 1.27.
 */
class CronScheduleTest {

  @ParameterizedTest(name = "accepts \"{0}\"")
  @ValueSource(
      strings = {
        "* * * * *",
        "30 2 * * *",
        "0 0 1 1 *",
        "*/5 * * * *",
        "0-59/15 * * * *",
        "5/15 * * * *", // a value with a step runs to the maximum: 5,20,35,50
        "0 9-17 * * MON-FRI",
        "0 9-17 * * mon-fri", // names in any case
        "0 0 * JAN,jul *",
        "0 0 * jan-DEC/3 *",
        "0 0 1,15 * *",
        "0 0 ? * SUN", // ? stands for *
        "0 0 31 * *",
        "1,2,3-5,10-20/5 * * * *",
        "0 0 * * 0",
        "0 0 * * 6",
        "59 23 31 12 6",
        "  0   0  *  *  *  ", // any whitespace between fields
        "0\t0\t*\t*\t*",
        "@yearly",
        "@annually",
        "@monthly",
        "@weekly",
        "@daily",
        "@midnight",
        "@hourly",
        "@every 1h30m",
        "@every 90s",
      })
  void acceptsWhatKubernetesAccepts(String schedule) throws CronSchedule.Invalid {
    CronSchedule.parse(schedule);
  }

  @ParameterizedTest(name = "rejects \"{0}\": {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | is empty",
        "'   ' | is empty",
        "* * * * | has 4 fields, not the 5 of minute, hour, day of month, month and day of week",
        "0 * * * * * | has 6 fields, not the 5 of minute, hour, day of month, month and day of week",
        "60 * * * * | has 60 in the minute field, above its maximum 59",
        "* 24 * * * | has 24 in the hour field, above its maximum 23",
        "* * 0 * * | has 0 in the day-of-month field, below its minimum 1",
        "* * 32 * * | has 32 in the day-of-month field, above its maximum 31",
        "* * * 0 * | has 0 in the month field, below its minimum 1",
        "* * * 13 * | has 13 in the month field, above its maximum 12",
        "* * * * 7 | has 7 in the day-of-week field, above its maximum 6",
        "30-10 * * * * | has the range \"30-10\" in the minute field, which starts after it ends",
        "*/0 * * * * | has the step 0 in \"*/0\" (minute); a step is a positive number",
        "*/5/2 * * * * | has \"*/5/2\" in the minute field, with more than one '/'",
        "1-2-3 * * * * | has \"1-2-3\" in the minute field, with more than one '-'",
        "-5 * * * * | has \"-5\" in the minute field, where \"\" is not a number",
        "1,,2 * * * * | has \"\" in the minute field, where \"\" is not a number",
        "a * * * * | has \"a\" in the minute field, where \"a\" is not a number",
        "* * * JANUARY * | has \"JANUARY\" in the month field, where \"JANUARY\" is not a number or a name such as \"JAN\"",
        "* * * * MONDAY | has \"MONDAY\" in the day-of-week field, where \"MONDAY\" is not a number or a name such as \"MON\"",
        "* * MON * * | has \"MON\" in the day-of-month field, where \"MON\" is not a number",
        "0 0 L * * | has \"L\" in the day-of-month field, where \"L\" is not a number",
        "0 0 * * 1#2 | has \"1#2\" in the day-of-week field, where \"1#2\" is not a number or a name such as \"MON\"",
        "H * * * * | has \"H\" in the minute field, where \"H\" is not a number",
        "@reboot | is not a macro Kubernetes knows (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>)",
        "@Daily | is not a macro Kubernetes knows (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>)",
        "@every 1d | has \"@every 1d\", whose interval is not a duration such as \"1h30m\"",
        "TZ=Europe/Berlin 0 2 * * * | sets a time zone inside the schedule, which Kubernetes 1.27 and later reject",
        "CRON_TZ=UTC 0 2 * * * | sets a time zone inside the schedule, which Kubernetes 1.27 and later reject",
      })
  void rejectsWhatKubernetesRejects(String schedule, String problem) {
    CronSchedule.Invalid invalid =
        assertThrows(CronSchedule.Invalid.class, () -> CronSchedule.parse(schedule));
    assertEquals(problem, invalid.getMessage());
  }

  @Test
  void expandsRangesStepsListsAndNames() throws CronSchedule.Invalid {
    CronSchedule schedule = CronSchedule.parse("5/20 9-17/4 1,15 jan-mar/2 MON-FRI");
    assertEquals(bits(5, 25, 45), schedule.minutes());
    assertEquals(bits(9, 13, 17), schedule.hours());
    assertEquals(bits(1, 15), schedule.days());
    assertEquals(bits(1, 3), schedule.months());
    assertEquals(bits(1, 2, 3, 4, 5), schedule.weekdays());
    assertTrue(CronSchedule.parse("0 0 * * *").dayStar());
  }

  @ParameterizedTest(name = "\"{0}\" runs {1} to {2} apart")
  @CsvSource(
      delimiter = '|',
      value = {
        "* * * * * | PT1M | PT1M",
        "*/15 * * * * | PT15M | PT15M",
        "0,10 * * * * | PT10M | PT50M",
        "30 2 * * * | PT24H | PT24H",
        "@hourly | PT1H | PT1H",
        "@daily | PT24H | PT24H",
        "0 0 * * 1-5 | PT24H | PT72H", // Friday to Monday
        "0 9-17 * * MON-FRI | PT1H | PT64H",
        "@weekly | PT168H | PT168H",
        "@monthly | PT672H | PT744H", // February to March, July to August
        "0 0 29 2 * | PT35064H | PT35064H", // once every four years: the eight-year span sees two
        "@every 1h30m | PT1H30M | PT1H30M",
        // both day fields restricted: either matches (the 1st, and every Monday)
        "0 0 1 * MON | PT24H | PT168H",
      })
  void knowsTheShortestAndLongestTimeBetweenRuns(
      String schedule, Duration shortest, Duration longest) throws CronSchedule.Invalid {
    CronSchedule.Intervals intervals = CronSchedule.parse(schedule).intervals().orElseThrow();
    assertEquals(List.of(shortest, longest), List.of(intervals.shortest(), intervals.longest()));
  }

  @ParameterizedTest(name = "\"{0}\" never fires")
  @ValueSource(strings = {"0 0 30 2 *", "0 0 31 4,6,9,11 *", "0 0 31 2 *"})
  void knowsASchedulesThatNeverFires(String schedule) throws CronSchedule.Invalid {
    assertTrue(CronSchedule.parse(schedule).intervals().isEmpty());
  }

  private static BitSet bits(int... values) {
    BitSet bits = new BitSet();
    for (int v : values) {
      bits.set(v);
    }
    return bits;
  }
}
