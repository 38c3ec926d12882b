package dev.slipway.processor.emit.grafana;

import static dev.slipway.processor.emit.promql.PromQl.increase;
import static dev.slipway.processor.emit.promql.PromQl.max;
import static dev.slipway.processor.emit.promql.PromQl.maxBy;
import static dev.slipway.processor.emit.promql.PromQl.rate;
import static dev.slipway.processor.emit.promql.PromQl.selector;
import static dev.slipway.processor.emit.promql.PromQl.sum;
import static dev.slipway.processor.emit.promql.PromQl.sumBy;

import dev.slipway.processor.emit.alerts.BacklogAlerts;
import dev.slipway.processor.emit.alerts.SloAlerts;
import dev.slipway.processor.emit.promql.PromQl;
import dev.slipway.processor.emit.promql.ServiceSeries;
import dev.slipway.processor.plan.BacklogPlan;
import dev.slipway.processor.plan.Objective;
import dev.slipway.processor.plan.ServicePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The PromQL behind the dashboard's panels, all restricted to the {@code $namespace} variable and
 * using {@code $__rate_interval}, as Grafana recommends for rates. They read the same series as the
 * alert rules ({@link ServiceSeries}) and the recorded SLIs ({@link SloAlerts}).
 */
final class DashboardQueries {

  private static final String NAMESPACE = PromQl.equal("namespace", "$namespace");
  private static final String RATE_INTERVAL = "$__rate_interval";

  private final ServicePlan service;
  private final ServiceSeries series;

  DashboardQueries(ServicePlan service) {
    this.service = service;
    this.series = new ServiceSeries(service);
  }

  /** A query for a series of the panels: legend and expression. */
  record Query(String expr, String legend) {}

  String attainment(Objective objective) {
    return "1 - " + recorded(objective, objective.window());
  }

  String budgetLeft(Objective objective) {
    return "1 - " + recorded(objective, objective.window()) + " / " + objective.errorBudgetText();
  }

  String burnRate(Objective objective, String window) {
    return recorded(objective, window) + " / " + objective.errorBudgetText();
  }

  String trafficByStatus() {
    return sumBy("status", rate(requests(series.userRequests()), RATE_INTERVAL));
  }

  /** 0 while requests succeed: without a single 5xx there is no failed series to sum. */
  String errorRatio() {
    String all = sum(rate(requests(series.userRequests()), RATE_INTERVAL));
    return "("
        + sum(rate(requests(series.failedRequests()), RATE_INTERVAL))
        + " or 0 * "
        + all
        + ") / "
        + all;
  }

  String latencyQuantile(String quantile) {
    return "histogram_quantile("
        + quantile
        + ", "
        + sumBy(
            "le",
            rate(
                selector(ServiceSeries.BUCKETS, inNamespace(series.userRequests())), RATE_INTERVAL))
        + ")";
  }

  String cpuUsage() {
    return sumBy("pod", rate(container("container_cpu_usage_seconds_total"), RATE_INTERVAL));
  }

  String memoryWorkingSet() {
    return sumBy("pod", container("container_memory_working_set_bytes"));
  }

  /**
   * The JVM's heap in use per pod, from Micrometer's {@code jvm_memory_used_bytes}, which the
   * Slipway runtime and every supported framework export: next to the working set it tells a full
   * heap from growing native memory.
   */
  String heapUsed() {
    List<String> matchers = inNamespace(List.of(series.job(), PromQl.equal("area", "heap")));
    return sumBy("pod", selector("jvm_memory_used_bytes", matchers));
  }

  /** The container's {@code requests} or {@code limits} of {@code resource} (cpu, memory). */
  String resource(String kind, String resource) {
    List<String> matchers = inNamespace(series.containerInPods());
    matchers.add(PromQl.equal("resource", resource));
    return max(selector("kube_pod_container_resource_" + kind, matchers));
  }

  String restarts() {
    return sumBy(
        "pod", increase(container("kube_pod_container_status_restarts_total"), RATE_INTERVAL));
  }

  /** Available and desired replicas, and the autoscaler's bounds when it autoscales. */
  List<Query> replicas() {
    String name = service.name();
    List<Query> queries = new ArrayList<>();
    if (service.isRollout()) {
      List<String> rollout = List.of(NAMESPACE, PromQl.equal("name", name));
      queries.add(
          new Query(max(selector("rollout_info_replicas_available", rollout)), "available"));
      queries.add(new Query(max(selector("rollout_info_replicas_desired", rollout)), "desired"));
    } else {
      List<String> deployment = List.of(NAMESPACE, PromQl.equal("deployment", name));
      queries.add(
          new Query(
              max(selector("kube_deployment_status_replicas_available", deployment)), "available"));
      queries.add(new Query(max(selector("kube_deployment_spec_replicas", deployment)), "desired"));
    }
    if (service.replicas().autoscaled()) {
      List<String> hpa = List.of(NAMESPACE, PromQl.equal("horizontalpodautoscaler", name));
      queries.add(
          new Query(
              max(selector("kube_horizontalpodautoscaler_spec_min_replicas", hpa)),
              "autoscaler min"));
      queries.add(
          new Query(
              max(selector("kube_horizontalpodautoscaler_spec_max_replicas", hpa)),
              "autoscaler max"));
    }
    return queries;
  }

  /** Each ReplicaSet's share of the requests: the ServiceMonitor copies the pod template hash. */
  String trafficShareByVersion() {
    String requests = rate(requests(series.userRequests()), RATE_INTERVAL);
    return sumBy("rollouts_pod_template_hash", requests)
        + " / ignoring (rollouts_pod_template_hash) group_left "
        + sum(requests);
  }

  String rolloutPhase() {
    return maxBy(
        "phase",
        selector("rollout_info", List.of(NAMESPACE, PromQl.equal("name", service.name()))));
  }

  /** A job's runs by outcome: succeeded, failed (the Failed condition), and active now. */
  List<Query> jobRuns() {
    List<String> runs = inNamespace(List.of(series.jobName()));
    List<String> failed = new ArrayList<>(runs);
    failed.add(PromQl.equal("condition", "true"));
    return List.of(
        new Query(
            "count(" + selector("kube_job_status_succeeded", runs) + " > 0) or vector(0)",
            "succeeded"),
        new Query("count(" + selector("kube_job_failed", failed) + " > 0) or vector(0)", "failed"),
        new Query(sum(selector("kube_job_status_active", runs)) + " or vector(0)", "active"));
  }

  /** How long each finished run took, in seconds. */
  String jobDuration() {
    List<String> runs = inNamespace(List.of(series.jobName()));
    return maxBy("job_name", selector("kube_job_status_completion_time", runs))
        + " - "
        + maxBy("job_name", selector("kube_job_status_start_time", runs));
  }

  /** Seconds since a CronJob's last successful run. */
  String sinceLastSuccess() {
    return "time() - "
        + max(
            selector(
                "kube_cronjob_status_last_successful_time",
                inNamespace(List.of(series.cronJob()))));
  }

  /**
   * A worker's backlog, as its alert reads it, in the selected namespace when the metric has one.
   */
  String backlog(BacklogPlan backlog) {
    return BacklogAlerts.backlog(backlog, inNamespace(series.backlog()));
  }

  private String recorded(Objective objective, String window) {
    return selector(
        SloAlerts.errorRatio(window),
        List.of(
            PromQl.equal("service", service.name()),
            PromQl.equal("slo", objective.slo()),
            NAMESPACE));
  }

  private String requests(List<String> matchers) {
    return selector(ServiceSeries.REQUESTS, inNamespace(matchers));
  }

  /** The service's container in its pods, in the selected namespace. */
  private String container(String metric) {
    return selector(metric, inNamespace(series.containerInPods()));
  }

  private static List<String> inNamespace(List<String> matchers) {
    List<String> all = new ArrayList<>(matchers);
    all.add(NAMESPACE);
    return all;
  }
}
