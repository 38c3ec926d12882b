package dev.slipway.processor.model;

/**
 * {@code @Job}: a service that runs to completion, once ({@code Job}) or on a schedule ({@code
 * CronJob}). The enum members are read as their constant names ({@code "FORBID"}).
 */
public record JobModel(
    Origin origin,
    Located<String> schedule,
    Located<String> timeZone,
    Located<String> concurrencyPolicy,
    Located<Boolean> idempotent,
    Located<String> startingDeadline,
    Located<String> activeDeadline,
    Located<Integer> backoffLimit,
    Located<String> restartPolicy,
    Located<Integer> successfulJobsHistoryLimit,
    Located<Integer> failedJobsHistoryLimit,
    Located<String> ttlAfterFinished) {

  /** True for a {@code CronJob}: the job has a schedule. */
  public boolean scheduled() {
    return !schedule.value().isEmpty();
  }
}
