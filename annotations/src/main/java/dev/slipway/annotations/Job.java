package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Service} a batch job: a process that runs to completion. Without {@link
 * #schedule()} it becomes a Kubernetes {@code Job} (run once per deployment); with one, a {@code
 * CronJob}. Either way it gets the same secure pod, resources, env and secrets as a service, no
 * Service, probes, autoscaler or PDB, and alerts on failed runs, runs over their deadline and
 * (scheduled) a last success older than the schedule allows.
 *
 * <pre>{@code
 * @Service(name = "reconcile", image = "ghcr.io/acme/reconcile:1.0.0", team = "billing")
 * @Job(schedule = "30 2 * * *", timeZone = "Europe/Berlin", activeDeadline = "45m", backoffLimit = 2)
 * public final class NightlyReconciliation { ... }
 * }</pre>
 *
 * <p>A job cannot have {@link Scaling}, {@link HealthCheck}, {@link Canary}, {@link BlueGreen},
 * {@link Expose}, {@link Slo}, {@link Metrics} or {@link Backlog}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Job {

  /**
   * When the job runs, in the five-field cron syntax of Kubernetes CronJobs (minute, hour, day of
   * month, month, day of week; ranges, steps, lists, {@code JAN-DEC}, {@code SUN-SAT}) or a macro
   * ({@code @hourly}, {@code @daily}, {@code @weekly}, {@code @monthly}, {@code @yearly}), for
   * example {@code "30 2 * * *"}. Default: {@code ""}, a one-off {@code Job}.
   */
  String schedule() default "";

  /**
   * The IANA time zone the schedule is read in, such as {@code "Europe/Berlin"} (never {@code TZ=}
   * inside the schedule, which Kubernetes rejects). Default: {@code ""}, the
   * kube-controller-manager's zone, usually UTC.
   */
  String timeZone() default "";

  /**
   * What the CronJob does when a run is due while the previous one still runs. {@link
   * ConcurrencyPolicy#ALLOW} needs {@link #idempotent()}. Default: {@link
   * ConcurrencyPolicy#FORBID}.
   */
  ConcurrencyPolicy concurrencyPolicy() default ConcurrencyPolicy.FORBID;

  /**
   * Whether two runs of the job may overlap or repeat without harm: it declares that {@link
   * ConcurrencyPolicy#ALLOW} and retries are safe. Default: {@code false}.
   */
  boolean idempotent() default false;

  /**
   * How late a missed run may still start (after a controller outage, or while a previous run
   * blocks it), a duration such as {@code "10m"}. Default: {@code ""}, no limit.
   */
  String startingDeadline() default "";

  /**
   * The longest a run may take before Kubernetes stops it ({@code activeDeadlineSeconds}), a
   * duration such as {@code "30m"}. Required in production: a hung run would otherwise block the
   * schedule forever. Default: {@code ""}, none.
   */
  String activeDeadline() default "";

  /** How many failed pods a run may have before it is marked failed, 0..10. Default: {@code 3}. */
  int backoffLimit() default 3;

  /** What the kubelet does when the container fails. Default: {@link RestartPolicy#NEVER}. */
  RestartPolicy restartPolicy() default RestartPolicy.NEVER;

  /** How many successful runs a CronJob keeps for inspection. Default: {@code 3}. */
  int successfulJobsHistoryLimit() default 3;

  /** How many failed runs a CronJob keeps for inspection. Default: {@code 3}. */
  int failedJobsHistoryLimit() default 3;

  /**
   * How long a finished one-off Job stays before Kubernetes deletes it ({@code
   * ttlSecondsAfterFinished}), a duration such as {@code "1h"}. A CronJob's runs are cleaned up by
   * the history limits instead. Default: {@code "24h"}.
   */
  String ttlAfterFinished() default "24h";

  /** {@code spec.concurrencyPolicy} of a CronJob. */
  enum ConcurrencyPolicy {
    /** Skip a run while the previous one is still running. */
    FORBID,
    /** Stop the running run and start the new one. */
    REPLACE,
    /** Let runs overlap; only for an {@link Job#idempotent()} job. */
    ALLOW
  }

  /** The pod's {@code restartPolicy}; a job's pod never uses {@code Always}. */
  enum RestartPolicy {
    /**
     * A failed container fails its pod; the Job starts a new pod (counted by the backoff limit).
     */
    NEVER,
    /** The kubelet restarts a failed container in the same pod. */
    ON_FAILURE
  }
}
