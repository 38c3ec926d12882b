package dev.slipway.processor.emit.prometheus;

import dev.slipway.processor.emit.prometheus.Alert.Runbook;
import dev.slipway.processor.emit.prometheus.Alert.Step;
import dev.slipway.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Alerts on the causes behind SLO burns: scrape target down or metrics missing, crash loops,
 * unavailable replicas, the autoscaler at its ceiling, memory near its limit, CPU throttling and a
 * failed rollout. Each appears only where it can happen: no HPA alert without autoscaling, no
 * throttling alert without a CPU limit, no rollout alert for a Deployment.
 */
public final class WorkloadRules {

  public static final String TARGET_DOWN = "TargetDown";
  public static final String METRICS_ABSENT = "MetricsAbsent";
  public static final String CRASH_LOOPING = "CrashLooping";
  public static final String REPLICAS_UNAVAILABLE = "ReplicasUnavailable";
  public static final String AUTOSCALER_AT_MAX = "AutoscalerAtMax";
  public static final String MEMORY_NEAR_LIMIT = "MemoryNearLimit";
  public static final String CPU_THROTTLED = "CpuThrottled";
  public static final String ROLLOUT_FAILED = "RolloutFailed";
  public static final String LATENCY_BUCKET_MISSING = "LatencyBucketMissing";

  /** Share of the memory limit in use that counts as near it. */
  static final String MEMORY_NEAR_LIMIT_RATIO = "0.9";

  /** Share of CFS periods throttled that hurts latency (kube-prometheus uses the same 25 %). */
  static final String CPU_THROTTLED_RATIO = "0.25";

  private WorkloadRules() {}

  public static List<Alert> alerts(AlertContext ctx) {
    ServiceModel service = ctx.service();
    List<Alert> alerts = new ArrayList<>();
    alerts.add(targetDown(ctx));
    alerts.add(metricsAbsent(ctx));
    alerts.add(latencyBucketMissing(ctx));
    alerts.add(crashLooping(ctx));
    alerts.add(replicasUnavailable(ctx));
    if (service.scaling().map(s -> s.autoscales()).orElse(false)) {
      alerts.add(autoscalerAtMax(ctx));
    }
    if (!service.resources().memoryLimit().value().isEmpty()) {
      alerts.add(memoryNearLimit(ctx));
    }
    if (!service.resources().cpuLimit().value().isEmpty()) {
      alerts.add(cpuThrottled(ctx));
    }
    if (service.isRollout()) {
      alerts.add(rolloutFailed(ctx));
    }
    return alerts;
  }

  private static Alert targetDown(AlertContext ctx) {
    return alert(
        TARGET_DOWN,
        AlertSeverity.TICKET,
        "max by (namespace, pod) (" + PromQl.selector("up", List.of(ctx.series().job())) + ") == 0",
        "5m",
        "Prometheus cannot scrape a pod of " + ctx.name() + ".",
        "Scraping {{ $labels.pod }} in {{ $labels.namespace }} has failed for 5 minutes; its"
            + " requests are missing from the SLO alerts.",
        new Runbook(
            "Prometheus could not scrape "
                + ctx.service().metrics().path().value()
                + " on a pod of "
                + ctx.name()
                + " for 5 minutes. The pod may be down, overloaded, or the metrics"
                + " endpoint broken; while it lasts its requests are invisible to the SLO alerts.",
            List.of(
                Step.of(
                    "Check the pod's state and recent events.",
                    ctx.kubectl("get pods " + ctx.podSelector() + " -o wide"),
                    ctx.kubectl("describe pod <pod>")),
                Step.of(
                    "Call the metrics endpoint through a port-forward.",
                    ctx.kubectl("port-forward <pod> 9090:" + metricsPort(ctx)),
                    "curl -s localhost:9090" + ctx.service().metrics().path().value() + " | head"),
                Step.of(
                    "Check the target in Prometheus (Status > Targets, job `"
                        + ctx.name()
                        + "`) for the scrape error.")),
            List.of(
                Step.of(
                    "If the pod is stuck, delete it; the workload replaces it.",
                    ctx.kubectl("delete pod <pod>")),
                Step.of("If the endpoint moved, fix `@Metrics(path, port)` and redeploy."))));
  }

  private static Alert metricsAbsent(AlertContext ctx) {
    return alert(
        METRICS_ABSENT,
        AlertSeverity.TICKET,
        "absent(" + PromQl.selector(ServiceSeries.REQUESTS, List.of(ctx.series().job())) + ")",
        "15m",
        "The HTTP metrics of " + ctx.name() + " are missing.",
        "No "
            + ServiceSeries.REQUESTS
            + " series with job "
            + ctx.name()
            + " for 15 minutes: the"
            + " SLO alerts of "
            + ctx.name()
            + " cannot fire.",
        new Runbook(
            "Prometheus has no `"
                + ServiceSeries.REQUESTS
                + "` series for "
                + ctx.name()
                + ". Either nothing is scraped (no pod, no ServiceMonitor, wrong port or path), or"
                + " the service does not record HTTP server metrics. Either way the SLO alerts are"
                + " blind. A service that has had no request at all since it started also has no"
                + " series yet.",
            List.of(
                Step.of(
                    "Check that the ServiceMonitor and the Service exist and select the pods.",
                    ctx.kubectl("get servicemonitor,service,endpoints " + ctx.podSelector())),
                Step.of(
                    "Look for the metric on a pod.",
                    ctx.kubectl("port-forward <pod> 9090:" + metricsPort(ctx)),
                    "curl -s localhost:9090"
                        + ctx.service().metrics().path().value()
                        + " | grep "
                        + ServiceSeries.REQUESTS)),
            List.of(
                Step.of(
                    "If the metric is missing from the endpoint, enable HTTP server metrics with a"
                        + " histogram (the Slipway runtime does; on Spring Boot set"
                        + " `management.metrics.distribution.percentiles-histogram.http.server.requests=true`)."),
                Step.of(
                    "If the target is missing, check that Prometheus selects the ServiceMonitor"
                        + " (its `serviceMonitorSelector` and namespace selector)."))));
  }

  private static Alert latencyBucketMissing(AlertContext ctx) {
    String threshold = ctx.service().slo().latency().value();
    List<String> job = List.of(ctx.series().job());
    List<String> bucket = new ArrayList<>(job);
    bucket.add(ctx.series().thresholdBucket(threshold));
    return alert(
        LATENCY_BUCKET_MISSING,
        AlertSeverity.WARNING,
        "count by (namespace) ("
            + PromQl.selector(ServiceSeries.REQUESTS, job)
            + ") unless count by (namespace) ("
            + PromQl.selector(ServiceSeries.BUCKETS, bucket)
            + ")",
        "15m",
        ctx.name() + " does not expose the histogram bucket of its latency SLO.",
        "In {{ $labels.namespace }}, "
            + ctx.name()
            + " records requests but no "
            + ServiceSeries.BUCKETS
            + " bucket at "
            + threshold
            + ": the latency SLO alerts cannot fire.",
        new Runbook(
            "The latency SLI counts requests in the `"
                + ServiceSeries.BUCKETS
                + "` bucket whose `le`"
                + " equals the `@Slo(latency)` threshold, "
                + threshold
                + ". "
                + ctx.name()
                + " exposes request metrics but not that bucket, so `"
                + SloRules.LATENCY_BUDGET_BURN
                + "` is blind. The Slipway runtime adds the bucket itself; other stacks publish"
                + " histograms only when told to, and only with the boundaries they are given.",
            List.of(
                Step.of(
                    "List the buckets the service exposes.",
                    ctx.kubectl("port-forward <pod> 9090:" + metricsPort(ctx)),
                    "curl -s localhost:9090"
                        + ctx.service().metrics().path().value()
                        + " | grep "
                        + ServiceSeries.BUCKETS
                        + " | grep -o 'le=\"[^\"]*\"' | sort -u")),
            List.of(
                Step.of(
                    "On Spring Boot, publish the boundary: `management.metrics.distribution.slo"
                        + ".http.server.requests="
                        + threshold
                        + "`; on Quarkus or Micronaut enable the"
                        + " server request histogram with that boundary."),
                Step.of("Or set `@Slo(latency)` to a boundary the service already exposes."))));
  }

  private static Alert crashLooping(AlertContext ctx) {
    List<String> container = ctx.series().containerInPods();
    String restarts =
        "max by (namespace, pod, container) (increase("
            + PromQl.selector("kube_pod_container_status_restarts_total", container)
            + "[15m])) > 2";
    List<String> waiting = new ArrayList<>(container);
    waiting.add(PromQl.equal("reason", "CrashLoopBackOff"));
    String backOff =
        "max by (namespace, pod, container) (max_over_time("
            + PromQl.selector("kube_pod_container_status_waiting_reason", waiting)
            + "[5m])) >= 1";
    return alert(
        CRASH_LOOPING,
        AlertSeverity.TICKET,
        restarts + " or " + backOff,
        "10m",
        "A pod of " + ctx.name() + " is crash looping.",
        "{{ $labels.pod }} in {{ $labels.namespace }} restarted more than twice in 15 minutes or"
            + " waits in CrashLoopBackOff.",
        new Runbook(
            "A container of "
                + ctx.name()
                + " keeps exiting and Kubernetes keeps restarting it,"
                + " with growing back-off. Common causes: a failing start (configuration, a missing"
                + " Secret, an unreachable dependency), an OOM kill, or a liveness probe that fails"
                + " under load.",
            List.of(
                Step.of(
                    "See the restart count and the last termination reason (OOMKilled, Error).",
                    ctx.kubectl("get pods " + ctx.podSelector()),
                    ctx.kubectl("describe pod <pod> | grep -A5 'Last State'")),
                Step.of(
                    "Read the logs of the crashed container.",
                    ctx.kubectl("logs <pod> --previous")),
                Step.of(
                    "Check recent events of the namespace.",
                    ctx.kubectl("get events --sort-by=.lastTimestamp | tail -20"))),
            List.of(
                Step.of(
                    "If the last state is OOMKilled, raise `@Resources(memoryLimit)` or fix the"
                        + " leak."),
                Step.of("If a new version crashes, roll back.", ctx.rollbackCommand()),
                Step.of(
                    "If the liveness probe kills a busy pod, make `@HealthCheck(liveness)` cheaper"
                        + " or raise its `timeout`/`failureThreshold`."))));
  }

  private static Alert replicasUnavailable(AlertContext ctx) {
    String name = ctx.name();
    // kube-state-metrics does not know Rollouts: the Argo Rollouts controller reports them
    String expr =
        ctx.service().isRollout()
            ? "max by (namespace) ("
                + PromQl.selector(
                    "rollout_info_replicas_desired", List.of(PromQl.equal("name", name)))
                + ") - max by (namespace) ("
                + PromQl.selector(
                    "rollout_info_replicas_available", List.of(PromQl.equal("name", name)))
                + ") > 0"
            : "max by (namespace) ("
                + PromQl.selector(
                    "kube_deployment_status_replicas_unavailable",
                    List.of(PromQl.equal("deployment", name)))
                + ") > 0";
    return alert(
        REPLICAS_UNAVAILABLE,
        AlertSeverity.TICKET,
        expr,
        "15m",
        ctx.name() + " runs with fewer available replicas than it wants.",
        "{{ $labels.namespace }}: "
            + name
            + " has had unavailable replicas for 15 minutes, so it"
            + " has less capacity and redundancy than planned.",
        new Runbook(
            "Some replicas of "
                + ctx.workload()
                + " have not been available for 15 minutes: pods"
                + " that are pending (no node fits their requests), not ready (readiness probe"
                + " failing), or crashing.",
            List.of(
                Step.of(
                    "See which pods are not ready and why.",
                    ctx.kubectl("get " + ctx.workload()),
                    ctx.kubectl("get pods " + ctx.podSelector() + " -o wide"),
                    ctx.kubectl("describe pod <pod>")),
                Step.of(
                    "For pending pods, check the scheduler's events (insufficient cpu/memory,"
                        + " topology spread).",
                    ctx.kubectl("get events --field-selector reason=FailedScheduling"))),
            List.of(
                Step.of(
                    "If pods cannot be scheduled, add cluster capacity or lower the requests in"
                        + " `@Resources`."),
                Step.of("If a new version is not ready, roll back.", ctx.rollbackCommand()))));
  }

  private static Alert autoscalerAtMax(AlertContext ctx) {
    List<String> hpa = List.of(PromQl.equal("horizontalpodautoscaler", ctx.name()));
    int max = ctx.service().scaling().orElseThrow().max().value();
    return alert(
        AUTOSCALER_AT_MAX,
        AlertSeverity.WARNING,
        "max by (namespace) ("
            + PromQl.selector("kube_horizontalpodautoscaler_status_current_replicas", hpa)
            + ") >= max by (namespace) ("
            + PromQl.selector("kube_horizontalpodautoscaler_spec_max_replicas", hpa)
            + ")",
        "15m",
        "The autoscaler of " + ctx.name() + " is at its maximum.",
        "{{ $labels.namespace }}: "
            + ctx.name()
            + " has run at its maximum replica count for 15"
            + " minutes and cannot scale further if load grows.",
        new Runbook(
            "The HorizontalPodAutoscaler `"
                + ctx.name()
                + "` has run at its maximum ("
                + max
                + " replicas in production, `@Scaling(max)`) for 15 minutes. More load will not"
                + " get more pods: latency and errors follow.",
            List.of(
                Step.of(
                    "Look at the autoscaler's current metrics and targets.",
                    ctx.kubectl("describe hpa " + ctx.name())),
                Step.of(
                    "Check whether traffic really grew (dashboard: traffic panel) or each request"
                        + " got more expensive (CPU per request).")),
            List.of(
                Step.of(
                    "For a lasting rise, raise `@Scaling(max)` and redeploy; for now, raise it"
                        + " in place.",
                    ctx.kubectl(
                        "patch hpa " + ctx.name() + " -p '{\"spec\":{\"maxReplicas\":<n>}}'")),
                Step.of(
                    "If a new version costs more per request, roll back.",
                    ctx.rollbackCommand()))));
  }

  private static Alert memoryNearLimit(AlertContext ctx) {
    List<String> container = ctx.series().containerInPods();
    List<String> limit = new ArrayList<>(container);
    limit.add(PromQl.equal("resource", "memory"));
    return alert(
        MEMORY_NEAR_LIMIT,
        AlertSeverity.WARNING,
        "max by (namespace, pod, container) ("
            + PromQl.selector("container_memory_working_set_bytes", container)
            + ") / max by (namespace, pod, container) ("
            + PromQl.selector("kube_pod_container_resource_limits", limit)
            + ") > "
            + MEMORY_NEAR_LIMIT_RATIO,
        "15m",
        "A pod of " + ctx.name() + " is close to its memory limit.",
        "{{ $labels.pod }} in {{ $labels.namespace }} has used more than 90 % of its memory limit"
            + " for 15 minutes; at the limit the kernel kills it (OOMKilled).",
        new Runbook(
            "The working set of a container of "
                + ctx.name()
                + " has stayed above 90 % of its memory"
                + " limit ("
                + ctx.service().resources().memoryLimit().value()
                + ") for 15 minutes."
                + " At 100 % the container is OOM-killed and restarts.",
            List.of(
                Step.of(
                    "Compare the pods' memory use.", ctx.kubectl("top pods " + ctx.podSelector())),
                Step.of(
                    "Check whether the heap or off-heap memory grows (dashboard: memory panel); a"
                        + " JVM needs head room above `-Xmx` for metaspace, threads and buffers.")),
            List.of(
                Step.of(
                    "Raise `@Resources(memoryLimit)` (and `memory`) if the service needs more."),
                Step.of(
                    "If memory grows without bound, take a heap dump and roll back a leaking"
                        + " version.",
                    ctx.rollbackCommand()))));
  }

  private static Alert cpuThrottled(AlertContext ctx) {
    List<String> container = ctx.series().containerInPods();
    return alert(
        CPU_THROTTLED,
        AlertSeverity.WARNING,
        "sum by (namespace, pod, container) (increase("
            + PromQl.selector("container_cpu_cfs_throttled_periods_total", container)
            + "[5m])) / sum by (namespace, pod, container) (increase("
            + PromQl.selector("container_cpu_cfs_periods_total", container)
            + "[5m])) > "
            + CPU_THROTTLED_RATIO,
        "15m",
        "A pod of " + ctx.name() + " is CPU throttled.",
        "{{ $labels.pod }} in {{ $labels.namespace }} was throttled in more than 25 % of its CPU"
            + " periods for 15 minutes, which adds latency.",
        new Runbook(
            "A container of "
                + ctx.name()
                + " hits its CPU limit ("
                + ctx.service().resources().cpuLimit().value()
                + ") in more than a quarter of the scheduler periods: the kernel pauses it, which"
                + " shows as latency, slow probes and long GC pauses.",
            List.of(
                Step.of(
                    "Compare CPU use with the limit.",
                    ctx.kubectl("top pods " + ctx.podSelector())),
                Step.of(
                    "Check the CPU panel of the dashboard: is it all pods (load) or one (a hot"
                        + " pod)?")),
            List.of(
                Step.of(
                    "Raise `@Resources(cpuLimit)`, or add replicas so each pod gets less load.",
                    ctx.scaleUpCommand()))));
  }

  private static Alert rolloutFailed(AlertContext ctx) {
    List<String> degraded =
        List.of(PromQl.equal("name", ctx.name()), PromQl.equal("phase", "Degraded"));
    List<String> aborted =
        List.of(
            PromQl.equal("name", ctx.name()), PromQl.matchesRegex("phase", "Abort|Error|Timeout"));
    String rollouts = "kubectl argo rollouts -n " + ctx.namespace() + " ";
    return alert(
        ROLLOUT_FAILED,
        AlertSeverity.TICKET,
        // rollout_info carries the phase in current Argo Rollouts; rollout_phase in older ones
        "max by (namespace) ("
            + PromQl.selector("rollout_info", degraded)
            + ") > 0 or max by (namespace) ("
            + PromQl.selector("rollout_phase", aborted)
            + ") > 0",
        "1m",
        "The rollout of " + ctx.name() + " failed.",
        "{{ $labels.namespace }}: the Rollout "
            + ctx.name()
            + " is degraded or aborted; the"
            + " analysis rejected the new version or it did not become ready in time.",
        new Runbook(
            "The Argo Rollout `"
                + ctx.name()
                + "` aborted: the canary analysis found the new"
                + " version's error ratio or p99 latency above its bounds, or the new pods did not"
                + " become available before the progress deadline. Traffic went back to the stable"
                + " version, and the Rollout stays Degraded until a new version or a retry.",
            List.of(
                Step.of(
                    "See the rollout's steps, the failed analysis and the message.",
                    rollouts + "get rollout " + ctx.name()),
                Step.of(
                    "Read the analysis run's measurements.",
                    ctx.kubectl("get analysisruns --sort-by=.metadata.creationTimestamp"),
                    ctx.kubectl("describe analysisrun <analysisrun>"))),
            List.of(
                Step.of("Fix the new version and ship it again; the stable version keeps serving."),
                Step.of(
                    "If the analysis was wrong (for example no traffic reached the canary), retry.",
                    rollouts + "retry rollout " + ctx.name()))));
  }

  private static int metricsPort(AlertContext ctx) {
    return ctx.service().metricsPort();
  }

  private static Alert alert(
      String name,
      AlertSeverity severity,
      String expr,
      String forDuration,
      String summary,
      String description,
      Runbook runbook) {
    return new Alert(name, severity, Map.of(), expr, forDuration, summary, description, runbook);
  }
}
