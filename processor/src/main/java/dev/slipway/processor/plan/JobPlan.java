package dev.slipway.processor.plan;

import dev.slipway.processor.values.CronSchedule;
import dev.slipway.processor.values.TimeSpan;
import java.util.Optional;

/**
 * {@code @Job}, resolved.
 *
 * @param schedule the cron schedule as written and its intervals; empty for a one-off Job
 * @param timeZone the IANA zone of the schedule; empty for the controller's
 * @param concurrencyPolicy {@code Forbid}, {@code Replace} or {@code Allow}, as Kubernetes spells
 *     it
 * @param restartPolicy {@code Never} or {@code OnFailure}
 * @param activeDeadline the longest a run may take; empty only where SLW-JOB-004 is waived
 * @param ttlAfterFinished a one-off Job's time to live once finished; empty only where SLW-JOB-014
 *     is waived, and never used for a CronJob
 */
public record JobPlan(
    Optional<Schedule> schedule,
    Optional<String> timeZone,
    String concurrencyPolicy,
    Optional<TimeSpan> startingDeadline,
    Optional<TimeSpan> activeDeadline,
    int backoffLimit,
    String restartPolicy,
    int successfulJobsHistoryLimit,
    int failedJobsHistoryLimit,
    Optional<TimeSpan> ttlAfterFinished) {

  /** A schedule: its text and the longest time between two runs. */
  public record Schedule(String cron, CronSchedule.Intervals intervals) {}
}
