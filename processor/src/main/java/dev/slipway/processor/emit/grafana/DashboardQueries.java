package dev.slipway.processor.emit.grafana;

import dev.slipway.processor.emit.prometheus.Objective;
import dev.slipway.processor.emit.prometheus.PromQl;
import dev.slipway.processor.emit.prometheus.ServiceSeries;
import dev.slipway.processor.emit.prometheus.SloRules;
import dev.slipway.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The PromQL behind the dashboard's panels, all restricted to the {@code $namespace} variable and
 * using {@code $__rate_interval}, as Grafana recommends for rates. They read the same series as the
 * alert rules ({@link ServiceSeries}) and the recorded SLIs ({@link SloRules}).
 */
final class DashboardQueries {

  private static final String NAMESPACE = PromQl.equal("namespace", "$namespace");
  private static final String RATE_INTERVAL = "[$__rate_interval]";

  private final ServiceModel service;
  private final ServiceSeries series;

  DashboardQueries(ServiceModel service) {
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
    return "sum by (status) (rate(" + requests(series.userRequests()) + RATE_INTERVAL + "))";
  }

  String errorRatio() {
    return "sum(rate("
        + requests(series.failedRequests())
        + RATE_INTERVAL
        + ")) / sum(rate("
        + requests(series.userRequests())
        + RATE_INTERVAL
        + "))";
  }

  String latencyQuantile(String quantile) {
    return "histogram_quantile("
        + quantile
        + ", sum by (le) (rate("
        + PromQl.selector(ServiceSeries.BUCKETS, inNamespace(series.userRequests()))
        + RATE_INTERVAL
        + ")))";
  }

  String cpuUsage() {
    return "sum by (pod) (rate("
        + PromQl.selector(
            "container_cpu_usage_seconds_total", inNamespace(series.containerInPods()))
        + RATE_INTERVAL
        + "))";
  }

  String memoryWorkingSet() {
    return "sum by (pod) ("
        + PromQl.selector(
            "container_memory_working_set_bytes", inNamespace(series.containerInPods()))
        + ")";
  }

  /** The container's {@code requests} or {@code limits} of {@code resource} (cpu, memory). */
  String resource(String kind, String resource) {
    List<String> matchers = inNamespace(series.containerInPods());
    matchers.add(PromQl.equal("resource", resource));
    return "max(" + PromQl.selector("kube_pod_container_resource_" + kind, matchers) + ")";
  }

  String restarts() {
    return "sum by (pod) (increase("
        + PromQl.selector(
            "kube_pod_container_status_restarts_total", inNamespace(series.containerInPods()))
        + RATE_INTERVAL
        + "))";
  }

  /** Available and desired replicas, and the autoscaler's bounds when it autoscales. */
  List<Query> replicas() {
    String name = service.serviceName();
    List<Query> queries = new ArrayList<>();
    if (service.isRollout()) {
      List<String> rollout = List.of(NAMESPACE, PromQl.equal("name", name));
      queries.add(
          new Query(
              "max(" + PromQl.selector("rollout_info_replicas_available", rollout) + ")",
              "available"));
      queries.add(
          new Query(
              "max(" + PromQl.selector("rollout_info_replicas_desired", rollout) + ")", "desired"));
    } else {
      List<String> deployment = List.of(NAMESPACE, PromQl.equal("deployment", name));
      queries.add(
          new Query(
              "max("
                  + PromQl.selector("kube_deployment_status_replicas_available", deployment)
                  + ")",
              "available"));
      queries.add(
          new Query(
              "max(" + PromQl.selector("kube_deployment_spec_replicas", deployment) + ")",
              "desired"));
    }
    if (service.scaling().map(s -> s.autoscales()).orElse(false)) {
      List<String> hpa = List.of(NAMESPACE, PromQl.equal("horizontalpodautoscaler", name));
      queries.add(
          new Query(
              "max(" + PromQl.selector("kube_horizontalpodautoscaler_spec_min_replicas", hpa) + ")",
              "autoscaler min"));
      queries.add(
          new Query(
              "max(" + PromQl.selector("kube_horizontalpodautoscaler_spec_max_replicas", hpa) + ")",
              "autoscaler max"));
    }
    return queries;
  }

  /** Each ReplicaSet's share of the requests: the ServiceMonitor copies the pod template hash. */
  String trafficShareByVersion() {
    String requests = requests(series.userRequests()) + RATE_INTERVAL;
    return "sum by (rollouts_pod_template_hash) (rate("
        + requests
        + ")) / ignoring (rollouts_pod_template_hash)"
        + " group_left sum(rate("
        + requests
        + "))";
  }

  String rolloutPhase() {
    return "max by (phase) ("
        + PromQl.selector(
            "rollout_info", List.of(NAMESPACE, PromQl.equal("name", service.serviceName())))
        + ")";
  }

  private String recorded(Objective objective, String window) {
    return PromQl.selector(
        SloRules.errorRatio(window),
        List.of(
            PromQl.equal("service", service.serviceName()),
            PromQl.equal("slo", objective.slo()),
            NAMESPACE));
  }

  private String requests(List<String> matchers) {
    return PromQl.selector(ServiceSeries.REQUESTS, inNamespace(matchers));
  }

  private static List<String> inNamespace(List<String> matchers) {
    List<String> all = new ArrayList<>(matchers);
    all.add(NAMESPACE);
    return all;
  }
}
