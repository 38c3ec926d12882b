package dev.slipway.processor.emit.alerts;

import static dev.slipway.processor.emit.promql.PromQl.increase;
import static dev.slipway.processor.emit.promql.PromQl.maxBy;
import static dev.slipway.processor.emit.promql.PromQl.selector;
import static dev.slipway.processor.emit.promql.PromQl.sumBy;

import dev.slipway.processor.emit.alerts.Alert.Runbook;
import dev.slipway.processor.emit.alerts.Alert.Step;
import dev.slipway.processor.emit.promql.PromQl;
import dev.slipway.processor.plan.ServicePlan;
import dev.slipway.processor.values.Decimals;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts on capacity running out: the autoscaler at its ceiling, memory near its limit, CPU
 * throttled. Each appears only where it can happen: no HPA alert without autoscaling, no throttling
 * alert without a CPU limit.
 */
public final class SaturationAlerts {

  public static final String AUTOSCALER_AT_MAX = "AutoscalerAtMax";
  public static final String MEMORY_NEAR_LIMIT = "MemoryNearLimit";
  public static final String CPU_THROTTLED = "CpuThrottled";

  /** Share of the memory limit in use that counts as near it. */
  static final BigDecimal MEMORY_NEAR_LIMIT_RATIO = new BigDecimal("0.9");

  /** Share of CFS periods throttled that hurts latency (kube-prometheus uses the same 25 %). */
  static final BigDecimal CPU_THROTTLED_RATIO = new BigDecimal("0.25");

  private static final Duration FOR = Duration.ofMinutes(15);
  private static final Duration THROTTLING_WINDOW = Duration.ofMinutes(5);

  private SaturationAlerts() {}

  static List<Alert> of(AlertContext ctx) {
    ServicePlan service = ctx.service();
    List<Alert> alerts = new ArrayList<>();
    if (service.replicas().autoscaled()) {
      alerts.add(autoscalerAtMax(ctx));
    }
    alerts.add(memoryNearLimit(ctx));
    service.resources().cpuLimit().ifPresent(limit -> alerts.add(cpuThrottled(ctx)));
    return alerts;
  }

  private static Alert autoscalerAtMax(AlertContext ctx) {
    List<String> hpa = List.of(PromQl.equal("horizontalpodautoscaler", ctx.name()));
    return new Alert(
        AUTOSCALER_AT_MAX,
        AlertSeverity.WARNING,
        maxBy("namespace", selector("kube_horizontalpodautoscaler_status_current_replicas", hpa))
            + " >= "
            + maxBy("namespace", selector("kube_horizontalpodautoscaler_spec_max_replicas", hpa)),
        FOR,
        "The autoscaler of " + ctx.name() + " is at its maximum.",
        "{{ $labels.namespace }}: "
            + ctx.name()
            + " has run at its maximum replica count for "
            + Prose.minutes(FOR)
            + " and cannot scale further if load grows.",
        new Runbook(
            "The HorizontalPodAutoscaler `"
                + ctx.name()
                + "` has run at its maximum ("
                + ctx.service().replicas().max()
                + " replicas in production, `@Scaling(max)`) for "
                + Prose.minutes(FOR)
                + (ctx.service().ports().servesHttp()
                    ? ". More load will not get more pods: latency and errors follow."
                    : ". More work will not get more pods: the backlog grows."),
            List.of(
                Step.of(
                    "Look at the autoscaler's current metrics and targets.",
                    ctx.kubectl("describe hpa %s", ctx.name())),
                ctx.service().ports().servesHttp()
                    ? Step.of(
                        "Check whether traffic really grew (dashboard: traffic panel) or each"
                            + " request got more expensive (CPU per request).")
                    : Step.of(
                        "Check whether more work arrived (dashboard: backlog panel) or each item"
                            + " got more expensive (CPU per item).")),
            List.of(
                Step.of(
                    "For a lasting rise, raise `@Scaling(max)` and redeploy; for now, raise it"
                        + " in place.",
                    ctx.kubectl("patch hpa %s -p '{\"spec\":{\"maxReplicas\":<n>}}'", ctx.name())),
                Step.of(
                    ctx.service().ports().servesHttp()
                        ? "If a new version costs more per request, roll back."
                        : "If a new version costs more per item, roll back.",
                    ctx.rollbackCommand()))));
  }

  /** How the container's memory is split between the heap and everything else the JVM needs. */
  private static String jvmBudget(ServicePlan service) {
    String limit = service.resources().memoryLimit().text();
    return service
        .jvm()
        .map(
            jvm ->
                "Slipway sizes the JVM to the limit: the heap may take "
                    + jvm.heapPercent()
                    + " % of "
                    + limit
                    + " (`-XX:MaxRAMPercentage="
                    + jvm.heapPercent()
                    + "` in `JAVA_TOOL_OPTIONS`), the rest is for metaspace, code cache, thread"
                    + " stacks and buffers. A JVM flag set in the image or on the command line wins"
                    + " over it: check the pod's first log line, `Picked up JAVA_TOOL_OPTIONS`.")
        .orElse(
            "The service sizes its own JVM (`JAVA_TOOL_OPTIONS` or `JDK_JAVA_OPTIONS` in its"
                + " `@Env`): the heap plus metaspace, code cache, thread stacks and buffers must"
                + " fit in "
                + limit
                + ".");
  }

  private static Alert memoryNearLimit(AlertContext ctx) {
    List<String> container = ctx.series().containerInPods();
    List<String> limit = new ArrayList<>(container);
    limit.add(PromQl.equal("resource", "memory"));
    String share = Decimals.percent(MEMORY_NEAR_LIMIT_RATIO);
    return new Alert(
        MEMORY_NEAR_LIMIT,
        AlertSeverity.WARNING,
        maxBy(
                "namespace, pod, container",
                selector("container_memory_working_set_bytes", container))
            + " / "
            + maxBy(
                "namespace, pod, container", selector("kube_pod_container_resource_limits", limit))
            + " > "
            + Decimals.plain(MEMORY_NEAR_LIMIT_RATIO),
        FOR,
        "A pod of " + ctx.name() + " is close to its memory limit.",
        "{{ $labels.pod }} in {{ $labels.namespace }} has used more than "
            + share
            + " of its memory limit for "
            + Prose.minutes(FOR)
            + "; at the limit the kernel kills it (OOMKilled).",
        new Runbook(
            "The working set of a container of "
                + ctx.name()
                + " has stayed above "
                + share
                + " of its memory limit ("
                + ctx.service().resources().memoryLimit().text()
                + ") for "
                + Prose.minutes(FOR)
                + ". At 100 % the container is OOM-killed and restarts.",
            List.of(
                Step.of(
                    "Compare the pods' memory use.", ctx.kubectl("top pods " + ctx.podSelector())),
                Step.of(jvmBudget(ctx.service())),
                Step.of(
                    "On the dashboard's memory panel, compare the heap with the working set. A heap"
                        + " at its maximum is the heap: more load or a leak (a heap dump shows which)."
                        + " A working set that grows while the heap stays flat is native memory:"
                        + " thread count, metaspace (class loading), direct buffers. (`jcmd` needs a"
                        + " JDK in the image.)",
                    ctx.kubectl("exec <pod> -- jcmd 1 GC.heap_info"))),
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
    String window = Prose.prometheus(THROTTLING_WINDOW);
    String share = Decimals.percent(CPU_THROTTLED_RATIO);
    return new Alert(
        CPU_THROTTLED,
        AlertSeverity.WARNING,
        sumBy(
                "namespace, pod, container",
                increase(selector("container_cpu_cfs_throttled_periods_total", container), window))
            + " / "
            + sumBy(
                "namespace, pod, container",
                increase(selector("container_cpu_cfs_periods_total", container), window))
            + " > "
            + Decimals.plain(CPU_THROTTLED_RATIO),
        FOR,
        "A pod of " + ctx.name() + " is CPU throttled.",
        "{{ $labels.pod }} in {{ $labels.namespace }} was throttled in more than "
            + share
            + " of its CPU periods for "
            + Prose.minutes(FOR)
            + ", which adds latency.",
        new Runbook(
            "A container of "
                + ctx.name()
                + " hits its CPU limit ("
                + ctx.service().resources().cpuLimit().orElseThrow().text()
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
}
