package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.rules.Family;

/** SLW-JOB-*: batch jobs and their schedules ({@code @Job}). */
public final class JobsFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "JOB",
          "Jobs and scheduled jobs (@Job)",
          new InvalidSchedule(),
          new ScheduleNeverFires(),
          new InvalidTimeZone(),
          new NoActiveDeadline(),
          new InvalidJobDuration(),
          new NegativeBackoffLimit(),
          new TooManyRetries(),
          new AllowWithoutIdempotent(),
          new OverlappingSchedule(),
          new ScheduleOnlyAttribute(),
          new CompanionOnJob(),
          new NegativeHistoryLimit(),
          new NoFailedHistory(),
          new TtlForKind(),
          new StartingDeadlineTooShort());

  private JobsFamily() {}
}
