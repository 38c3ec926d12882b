package dev.slipway.processor.rules;

import static dev.slipway.processor.rules.Spec.invoicing;
import static dev.slipway.processor.rules.Spec.reconciliation;

import java.util.stream.Stream;

/**
 * The specs of the worker and job rules (SLW-WRK-*, SLW-JOB-*): the realistic reconciliation
 * CronJob and invoicing worker with one attribute changed, and the exact diagnostic on its line.
 * {@link RuleSpecsTest} runs them with the others.
 */
final class WorkloadRuleSpecs {

  private WorkloadRuleSpecs() {}

  static Stream<Spec> specs() {
    return Stream.of(
        // the realistic sources compile clean
        reconciliation(),
        invoicing(),
        // Jobs
        reconciliation()
            .set("schedule = \"30 2 * * *\"", "schedule = \"30 2 * *\"")
            .error(
                "[SLW-JOB-001] @Job(schedule = \"30 2 * *\") has 4 fields, not the 5 of minute, hour, day of month, month and day of week; write minute hour day-of-month month day-of-week, e.g. \"30 2 * * *\", or a macro such as \"@daily\""),
        reconciliation()
            .set("schedule = \"30 2 * * *\"", "schedule = \"30 2 * * 7\"")
            .error(
                "[SLW-JOB-001] @Job(schedule = \"30 2 * * 7\") has 7 in the day-of-week field, above its maximum 6; write minute hour day-of-month month day-of-week, e.g. \"30 2 * * *\", or a macro such as \"@daily\""),
        reconciliation()
            .set("schedule = \"30 2 * * *\"", "schedule = \"TZ=Europe/Berlin 30 2 * * *\"")
            .error(
                "[SLW-JOB-001] @Job(schedule = \"TZ=Europe/Berlin 30 2 * * *\") sets a time zone inside the schedule, which Kubernetes 1.27 and later reject; write the zone in timeZone = \"Europe/Berlin\" instead"),
        reconciliation()
            .set("schedule = \"30 2 * * *\"", "schedule = \"0 0 30 2 *\"")
            .error(
                "[SLW-JOB-002] @Job(schedule = \"0 0 30 2 *\") never fires: no date has that day of the month and month; pick a day that exists, e.g. \"0 0 28 2 *\""),
        reconciliation()
            .set("timeZone = \"Europe/Berlin\"", "timeZone = \"CEST\"")
            .error(
                "[SLW-JOB-003] @Job(timeZone = \"CEST\") is not an IANA time zone name; write one such as \"Europe/Berlin\" or \"UTC\""),
        reconciliation()
            .set("activeDeadline = \"45m\"", "activeDeadline = \"\"")
            .error(
                "[SLW-JOB-004] @Job(activeDeadline = \"\") leaves reconciliation without a deadline, so a hung run would never end; set the longest a run may take, e.g. activeDeadline = \"30m\""),
        reconciliation()
            .set("activeDeadline = \"45m\"", "activeDeadline = \"45 minutes\"")
            .error(
                "[SLW-JOB-005] @Job(activeDeadline = \"45 minutes\") is not a positive duration; write a duration with a unit, e.g. \"30m\", \"90s\" or \"1h\""),
        reconciliation()
            .set("backoffLimit = 2", "backoffLimit = -1")
            .error(
                "[SLW-JOB-006] @Job(backoffLimit = -1) is less than 0; set the number of retries after a failed attempt, e.g. 3, or 0 for none"),
        reconciliation()
            .set("backoffLimit = 2", "backoffLimit = 50")
            .error(
                "[SLW-JOB-007] @Job(backoffLimit = 50) retries a failing run so often, with a back-off growing to 6 minutes, that it would fail hours late; keep it at 10 or less, e.g. 3"),
        reconciliation()
            .set(
                "concurrencyPolicy = ConcurrencyPolicy.FORBID",
                "concurrencyPolicy = ConcurrencyPolicy.ALLOW")
            .error(
                "[SLW-JOB-008] @Job(concurrencyPolicy = ConcurrencyPolicy.ALLOW) lets two runs work at once, but reconciliation is not declared idempotent; use ConcurrencyPolicy.FORBID, or set idempotent = true if overlapping runs are safe"),
        reconciliation()
            .set("schedule = \"30 2 * * *\"", "schedule = \"*/15 * * * *\"")
            .error(
                "[SLW-JOB-009] @Job(schedule = \"*/15 * * * *\") starts a run every 15m at the shortest, but activeDeadline = \"45m\" lets a run take longer, so runs would overlap, be skipped or be killed; run less often, or set activeDeadline to at most \"15m\""),
        reconciliation()
            .set("schedule = \"30 2 * * *\"", "schedule = \"\"")
            .on("timeZone = \"Europe/Berlin\"")
            .error(
                "[SLW-JOB-010] @Job(timeZone = \"Europe/Berlin\") only applies to a scheduled job, and @Job has no schedule; add schedule = \"...\" or remove timeZone")
            .on("concurrencyPolicy = ConcurrencyPolicy.FORBID")
            .error(
                "[SLW-JOB-010] @Job(concurrencyPolicy = ConcurrencyPolicy.FORBID) only applies to a scheduled job, and @Job has no schedule; add schedule = \"...\" or remove concurrencyPolicy")
            .on("startingDeadline = \"15m\"")
            .error(
                "[SLW-JOB-010] @Job(startingDeadline = \"15m\") only applies to a scheduled job, and @Job has no schedule; add schedule = \"...\" or remove startingDeadline")
            .on("failedJobsHistoryLimit = 3")
            .error(
                "[SLW-JOB-010] @Job(failedJobsHistoryLimit = 3) only applies to a scheduled job, and @Job has no schedule; add schedule = \"...\" or remove failedJobsHistoryLimit"),
        reconciliation()
            .annotate("@dev.slipway.annotations.HealthCheck")
            .error(
                "[SLW-JOB-011] @HealthCheck does not apply to the @Job reconciliation, which is not probed: it exits when done; remove it, or make the class a service or @Worker"),
        reconciliation()
            .set("failedJobsHistoryLimit = 3", "failedJobsHistoryLimit = -1")
            .error(
                "[SLW-JOB-012] @Job(failedJobsHistoryLimit = -1) is less than 0; set how many failed runs to keep, e.g. 3"),
        reconciliation()
            .set("failedJobsHistoryLimit = 3", "failedJobsHistoryLimit = 0")
            .warning(
                "[SLW-JOB-013] @Job(failedJobsHistoryLimit = 0) deletes every failed run at once, so the JobFailed alert never fires and no logs remain; keep some, e.g. failedJobsHistoryLimit = 3"),
        reconciliation()
            .set("backoffLimit = 2", "backoffLimit = 2,\n    ttlAfterFinished = \"1h\"")
            .on("ttlAfterFinished = \"1h\"")
            .error(
                "[SLW-JOB-014] @Job(ttlAfterFinished = \"1h\") would delete the CronJob's runs behind its history limits, failed runs included; remove it and keep runs with successfulJobsHistoryLimit and failedJobsHistoryLimit"),
        reconciliation()
            .set("startingDeadline = \"15m\"", "startingDeadline = \"5s\"")
            .warning(
                "[SLW-JOB-015] @Job(startingDeadline = \"5s\") is shorter than the 10 seconds between two checks of the CronJob controller, so runs may never start; set at least \"10s\", e.g. \"5m\""),
        // Workers
        invoicing()
            .annotate(
                "@dev.slipway.annotations.Expose(host = \"invoicing.acme.example\", tlsSecret = \"invoicing-tls\")")
            .error(
                "[SLW-WRK-001] @Expose does not apply to the @Worker invoicing, which has no port to route to; remove it, or drop @Worker if the class serves HTTP traffic"),
        invoicing()
            .annotate("@dev.slipway.annotations.Canary(steps = {10, 50})")
            .error(
                "[SLW-WRK-001] @Canary does not apply to the @Worker invoicing, which has no traffic to shift or requests to analyse; remove it, or drop @Worker if the class serves HTTP traffic"),
        invoicing()
            .annotate("@dev.slipway.annotations.Slo(availability = 99.9)")
            .error(
                "[SLW-WRK-002] @Slo is an objective on HTTP requests, and the @Worker invoicing answers none; remove it, and declare @Backlog to be alerted when it falls behind"),
        invoicing()
            .set("@Worker", "@Worker\n@dev.slipway.annotations.Job(activeDeadline = \"10m\")")
            .error(
                "[SLW-WRK-003] @Worker and @Job are both on invoicing, which cannot run for ever and to completion; keep @Worker for a long-running consumer, or @Job for a process that ends"),
        reconciliation()
            .annotate(
                "@dev.slipway.annotations.Backlog(metric = \"ledger_queue_depth\", threshold = 100)")
            .error(
                "[SLW-JOB-011] @Backlog does not apply to the @Job reconciliation, which does not consume a queue for ever; remove it, or make the class a service or @Worker"),
        invoicing()
            .set("metric = \"kafka_consumergroup_lag\"", "metric = \"kafka-consumergroup-lag\"")
            .error(
                "[SLW-WRK-004] @Backlog(metric = \"kafka-consumergroup-lag\") is not a Prometheus metric name (letters, digits, '_' and ':', not starting with a digit); write the name as Prometheus stores it, e.g. \"kafka_consumergroup_lag\""),
        invoicing()
            .set(
                "labels = {\"consumergroup=invoicing\", \"topic=orders\"}",
                "labels = {\"consumergroup=invoicing\", \"topic: orders\"}")
            .error(
                "[SLW-WRK-005] @Backlog(labels = \"topic: orders\") is not a matcher name=value; write e.g. \"consumergroup=invoicing\""),
        invoicing()
            .set(
                "labels = {\"consumergroup=invoicing\", \"topic=orders\"}",
                "labels = {\"consumergroup=invoicing\", \"consumergroup=billing\"}")
            .error(
                "[SLW-WRK-005] @Backlog(labels = \"consumergroup=billing\") matches the label consumergroup a second time; keep one matcher per label"),
        invoicing()
            .set("threshold = 10000", "threshold = 0")
            .error(
                "[SLW-WRK-006] @Backlog(threshold = 0) is less than 1; set the backlog at which the worker is behind, e.g. threshold = 10000"),
        invoicing()
            .set("duration = \"10m\"", "duration = \"90s\"")
            .error(
                "[SLW-WRK-007] @Backlog(duration = \"90s\") is not a duration of whole minutes, at least 1m; write how long the backlog may stay high, e.g. \"10m\""),
        reconciliation()
            .set("dependsOn = {\"orders\"}", "dependsOn = {\"orders\", \"invoicing\"}")
            .source(Spec.INVOICING, Sources.INVOICING)
            .error(
                "[SLW-WRK-008] @Service(dependsOn = \"invoicing\") is a @Worker, which has no Service and takes no requests; remove it, and reach a worker through the queue it consumes"));
  }
}
