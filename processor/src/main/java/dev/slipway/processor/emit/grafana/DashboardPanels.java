package dev.slipway.processor.emit.grafana;

import dev.slipway.processor.emit.alerts.BacklogAlerts;
import dev.slipway.processor.emit.alerts.BurnRateWindow;
import dev.slipway.processor.emit.alerts.JobAlerts;
import dev.slipway.processor.emit.alerts.PodAlerts;
import dev.slipway.processor.emit.alerts.RolloutAlerts;
import dev.slipway.processor.emit.alerts.SaturationAlerts;
import dev.slipway.processor.emit.alerts.ScrapeAlerts;
import dev.slipway.processor.emit.alerts.SloAlerts;
import dev.slipway.processor.plan.JobPlan;
import dev.slipway.processor.plan.Objective;
import dev.slipway.processor.plan.ServicePlan;
import dev.slipway.processor.plan.SloPlan;
import dev.slipway.processor.values.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the dashboard shows, row by row: SLO attainment and budget on top, then traffic, errors,
 * latency and burn rate, then saturation (CPU, memory against requests and limits), restarts and
 * replicas against the autoscaler's bounds, and for a Rollout the canary's traffic share and phase.
 */
final class DashboardPanels {

  private DashboardPanels() {}

  static List<Row> rows(ServicePlan service) {
    if (service.isJob()) {
      return jobRows(service);
    }
    if (service.isWorker()) {
      return workerRows(service);
    }
    DashboardQueries q = new DashboardQueries(service);
    SloPlan slo = service.slo();
    List<Row> rows = new ArrayList<>();
    rows.add(objectives(q, slo));
    rows.add(
        Row.halves(
            8,
            Panel.timeseries("Traffic by status")
                .unit("reqps")
                .query(q.trafficByStatus(), "{{status}}")
                .alerts(ScrapeAlerts.METRICS_ABSENT, ScrapeAlerts.TARGET_DOWN),
            Panel.timeseries("Error ratio (5xx)")
                .unit("percentunit")
                .description("Share of requests answered with a 5xx; the line is the error budget.")
                .query(q.errorRatio(), "5xx ratio")
                .baseColor("green")
                .step(slo.availability().errorBudget(), "red")
                .thresholdLines()
                .alerts(SloAlerts.ERROR_BUDGET_BURN)));
    rows.add(Row.halves(8, latencyPercentiles(q, slo), burnRate(q, slo)));
    rows.add(saturation(q, true));
    rows.add(
        Row.halves(
            8,
            Panel.timeseries("Container restarts")
                .unit("short")
                .query(q.restarts(), "{{pod}}")
                .alerts(PodAlerts.CRASH_LOOPING),
            replicas(service, q)));
    if (service.isRollout()) {
      rows.add(rollout(service, q));
    }
    return rows;
  }

  /**
   * A worker's dashboard: its backlog (when it declares one) first, then what it shares with a
   * service: saturation, restarts, replicas. No traffic, errors, latency or SLO: it has none.
   */
  private static List<Row> workerRows(ServicePlan service) {
    DashboardQueries q = new DashboardQueries(service);
    List<Row> rows = new ArrayList<>();
    service
        .backlog()
        .ifPresent(
            backlog ->
                rows.add(
                    new Row(
                        8,
                        List.of(
                            Panel.timeseries("Backlog")
                                .unit("short")
                                .description(
                                    "Items waiting in "
                                        + backlog.metric()
                                        + "; the line is the alert's threshold.")
                                .query(q.backlog(backlog), "backlog")
                                .baseColor("green")
                                .step(BigDecimal.valueOf(backlog.threshold()), "red")
                                .thresholdLines()
                                .alerts(BacklogAlerts.BACKLOG_HIGH)),
                        List.of(24))));
    rows.add(saturation(q, true));
    rows.add(
        Row.halves(
            8,
            Panel.timeseries("Container restarts")
                .unit("short")
                .query(q.restarts(), "{{pod}}")
                .alerts(PodAlerts.CRASH_LOOPING),
            replicas(service, q)));
    return rows;
  }

  /**
   * A job's dashboard: its runs by outcome and how long they took against the deadline, the time
   * since the last success of a CronJob, and the pods' CPU and memory.
   */
  private static List<Row> jobRows(ServicePlan service) {
    DashboardQueries q = new DashboardQueries(service);
    JobPlan job = service.job().orElseThrow();
    List<Row> rows = new ArrayList<>();
    Panel runs =
        Panel.timeseries("Runs")
            .unit("short")
            .description("Runs kept by Kubernetes, by outcome, and the runs active now.")
            .alerts(JobAlerts.JOB_FAILED);
    q.jobRuns().forEach(query -> runs.query(query.expr(), query.legend()));
    Panel duration =
        Panel.timeseries("Run duration")
            .unit("s")
            .query(q.jobDuration(), "{{job_name}}")
            .alerts(JobAlerts.JOB_OVER_DEADLINE);
    job.activeDeadline()
        .ifPresentOrElse(
            deadline ->
                duration
                    .description(
                        "How long each finished run took; the line is the active deadline, "
                            + deadline
                            + ".")
                    .baseColor("green")
                    .step(BigDecimal.valueOf(deadline.secondsRoundedUp()), "red")
                    .thresholdLines(),
            () -> duration.description("How long each finished run took."));
    rows.add(Row.halves(8, runs, duration));
    job.schedule()
        .ifPresent(
            schedule ->
                rows.add(
                    new Row(
                        6,
                        List.of(
                            Panel.stat("Since the last success")
                                .unit("s")
                                .description(
                                    "Time since the last successful run of the schedule \""
                                        + schedule.cron()
                                        + "\".")
                                .query(q.sinceLastSuccess(), "since last success")
                                .baseColor("green")
                                .step(
                                    BigDecimal.valueOf(schedule.intervals().longest().toSeconds()),
                                    "red")
                                .alerts(JobAlerts.JOB_NOT_SUCCEEDED)),
                        List.of(24))));
    rows.add(saturation(q, false));
    return rows;
  }

  /**
   * CPU and memory against requests and limits; with the JVM heap when the pods are {@code scraped}
   * (a job's are not: its runs are over before a scrape would find them).
   */
  private static Row saturation(DashboardQueries q, boolean scraped) {
    Panel memory =
        Panel.timeseries("Memory working set per pod")
            .unit("bytes")
            .description(
                scraped
                    ? "What the kernel counts against the limit, and the JVM heap inside it; at the"
                        + " limit the container is OOM-killed. A working set that grows while the"
                        + " heap does not is native memory: threads, metaspace, direct buffers."
                    : "What the kernel counts against the limit; at the limit the container is"
                        + " OOM-killed.")
            .query(q.memoryWorkingSet(), "{{pod}}");
    if (scraped) {
      memory.query(q.heapUsed(), "heap {{pod}}");
    }
    memory
        .query(q.resource("requests", "memory"), "request")
        .query(q.resource("limits", "memory"), "limit")
        .alerts(SaturationAlerts.MEMORY_NEAR_LIMIT);
    return Row.halves(
        8,
        Panel.timeseries("CPU per pod")
            .unit("short")
            .description("CPU cores used per pod, against the container's request and limit.")
            .query(q.cpuUsage(), "{{pod}}")
            .query(q.resource("requests", "cpu"), "request")
            .query(q.resource("limits", "cpu"), "limit")
            .alerts(SaturationAlerts.CPU_THROTTLED),
        memory);
  }

  private static Row rollout(ServicePlan service, DashboardQueries q) {
    return new Row(
        8,
        List.of(
            Panel.timeseries("Traffic share by version")
                .unit("percentunit")
                .range(BigDecimal.ZERO, BigDecimal.ONE)
                .description(canaryShareDescription(service))
                .query(q.trafficShareByVersion(), "{{rollouts_pod_template_hash}}")
                .alerts(RolloutAlerts.ROLLOUT_FAILED),
            Panel.stat("Rollout phase")
                .description(
                    "Healthy, Progressing, Paused or Degraded (aborted), from the Argo"
                        + " Rollouts controller.")
                .query(q.rolloutPhase(), "{{phase}}")
                .showNames()
                .alerts(RolloutAlerts.ROLLOUT_FAILED)),
        List.of(18, 6));
  }

  /**
   * What the traffic share panel shows: the weight users really get, measured where it lands (the
   * requests each ReplicaSet serves), which is the step's weight on a Gateway route and the pods'
   * share without one.
   */
  private static String canaryShareDescription(ServicePlan service) {
    String measured =
        "Share of users' requests served by each ReplicaSet (pod template hash), as the pods"
            + " count them: the real weight of a canary.";
    if (service.canary().isEmpty()) {
      return measured;
    }
    return service.canary().get().trafficRouted()
        ? measured
            + " The HTTPRoute carries each step's weight, so the new hash's share follows the"
            + " steps, with the noise of few requests."
        : measured
            + " Without traffic routing a step's weight is the canary's share of the pods,"
            + " which can differ from the step (SLW-CAN-009).";
  }

  private static Row objectives(DashboardQueries q, SloPlan slo) {
    Objective availability = slo.availability();
    Objective latency = slo.latency();
    return new Row(
        5,
        List.of(
            attainment(
                    "Availability, last " + slo.window(), q.attainment(availability), availability)
                .alerts(SloAlerts.ERROR_BUDGET_BURN),
            budget("Availability error budget left", q.budgetLeft(availability))
                .alerts(SloAlerts.ERROR_BUDGET_BURN),
            attainment(
                    "Requests within " + slo.latencyThreshold() + ", last " + slo.window(),
                    q.attainment(latency),
                    latency)
                .alerts(SloAlerts.LATENCY_BUDGET_BURN),
            budget("Latency error budget left", q.budgetLeft(latency))
                .alerts(SloAlerts.LATENCY_BUDGET_BURN)),
        List.of(6, 6, 6, 6));
  }

  private static Panel latencyPercentiles(DashboardQueries q, SloPlan slo) {
    return Panel.timeseries("Latency percentiles")
        .unit("s")
        .description(
            "Interpolated from the http_server_requests_seconds histogram's buckets, so exact only"
                + " at a bucket boundary, and never above the largest finite one: a line flat at"
                + " the top bucket means \"at least that\". The line is the SLO threshold; the"
                + " share of requests slower than it, which the alerts read, is exact (latency"
                + " attainment above).")
        .query(q.latencyQuantile("0.5"), "p50")
        .query(q.latencyQuantile("0.9"), "p90")
        .query(q.latencyQuantile("0.99"), "p99")
        .step(Decimals.seconds(slo.latencyThreshold().duration()), "red")
        .thresholdLines()
        .alerts(SloAlerts.LATENCY_BUDGET_BURN, ScrapeAlerts.LATENCY_BUCKET_MISSING);
  }

  private static Panel burnRate(DashboardQueries q, SloPlan slo) {
    Objective availability = slo.availability();
    Objective latency = slo.latency();
    BigDecimal pageFactor = BurnRateWindow.ALL.get(0).factor(availability.windowHours());
    return Panel.timeseries("Error budget burn rate")
        .unit("x")
        .description(
            "How many times faster than sustainable each budget burns: 1 spends it exactly over"
                + " the "
                + slo.window()
                + " window; the page alert fires above "
                + Decimals.plain(pageFactor)
                + "x over 1h.")
        .query(q.burnRate(availability, "1h"), "availability 1h")
        .query(q.burnRate(availability, "6h"), "availability 6h")
        .query(q.burnRate(latency, "1h"), "latency 1h")
        .query(q.burnRate(latency, "6h"), "latency 6h")
        .step(BigDecimal.ONE, "orange")
        .step(pageFactor, "red")
        .thresholdLines()
        .alerts(SloAlerts.ERROR_BUDGET_BURN, SloAlerts.LATENCY_BUDGET_BURN);
  }

  private static Panel replicas(ServicePlan service, DashboardQueries q) {
    Panel replicas =
        Panel.timeseries("Replicas")
            .unit("short")
            .description(
                service.replicas().autoscaled()
                    ? "Available and desired replicas against the autoscaler's minimum and maximum."
                    : "Available and desired replicas.")
            .alerts(PodAlerts.REPLICAS_UNAVAILABLE, SaturationAlerts.AUTOSCALER_AT_MAX);
    q.replicas().forEach(query -> replicas.query(query.expr(), query.legend()));
    return replicas;
  }

  private static Panel attainment(String title, String expr, Objective objective) {
    return Panel.stat(title)
        .unit("percentunit")
        .decimals(3)
        .description("Objective: " + Decimals.percent(objective.target()) + ".")
        .query(expr, objective.slo())
        .baseColor("red")
        .step(objective.target(), "green");
  }

  private static Panel budget(String title, String expr) {
    return Panel.gauge(title)
        .unit("percentunit")
        .range(BigDecimal.ZERO, BigDecimal.ONE)
        .query(expr, "budget left")
        .baseColor("red")
        .step(new BigDecimal("0.25"), "orange")
        .step(new BigDecimal("0.5"), "green");
  }
}
