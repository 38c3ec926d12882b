package dev.slipway.processor.emit.alerts;

import static dev.slipway.processor.emit.promql.PromQl.increase;
import static dev.slipway.processor.emit.promql.PromQl.maxBy;
import static dev.slipway.processor.emit.promql.PromQl.maxOverTime;
import static dev.slipway.processor.emit.promql.PromQl.selector;

import dev.slipway.processor.emit.alerts.Alert.Runbook;
import dev.slipway.processor.emit.alerts.Alert.Step;
import dev.slipway.processor.emit.promql.PromQl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts on the service's pods themselves: crash loops, and fewer available replicas than wanted.
 */
public final class PodAlerts {

  public static final String CRASH_LOOPING = "CrashLooping";
  public static final String REPLICAS_UNAVAILABLE = "ReplicasUnavailable";

  /** More restarts than this in {@link #RESTART_WINDOW} is a crash loop. */
  private static final int RESTARTS = 2;

  private static final Duration RESTART_WINDOW = Duration.ofMinutes(15);
  private static final Duration BACK_OFF_WINDOW = Duration.ofMinutes(5);
  private static final Duration CRASH_LOOPING_FOR = Duration.ofMinutes(10);
  private static final Duration UNAVAILABLE_FOR = Duration.ofMinutes(15);

  private PodAlerts() {}

  static List<Alert> of(AlertContext ctx) {
    return List.of(crashLooping(ctx), replicasUnavailable(ctx));
  }

  private static Alert crashLooping(AlertContext ctx) {
    List<String> container = ctx.series().containerInPods();
    String restarts =
        maxBy(
                "namespace, pod, container",
                increase(
                    selector("kube_pod_container_status_restarts_total", container),
                    Prose.prometheus(RESTART_WINDOW)))
            + " > "
            + RESTARTS;
    List<String> waiting = new ArrayList<>(container);
    waiting.add(PromQl.equal("reason", "CrashLoopBackOff"));
    String backOff =
        maxBy(
                "namespace, pod, container",
                maxOverTime(
                    selector("kube_pod_container_status_waiting_reason", waiting),
                    Prose.prometheus(BACK_OFF_WINDOW)))
            + " >= 1";
    return new Alert(
        CRASH_LOOPING,
        AlertSeverity.TICKET,
        restarts + " or " + backOff,
        CRASH_LOOPING_FOR,
        "A pod of " + ctx.name() + " is crash looping.",
        "{{ $labels.pod }} in {{ $labels.namespace }} restarted more than "
            + Prose.times(RESTARTS)
            + " in "
            + Prose.minutes(RESTART_WINDOW)
            + " or waits in CrashLoopBackOff.",
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
            ? maxBy(
                    "namespace",
                    selector("rollout_info_replicas_desired", List.of(PromQl.equal("name", name))))
                + " - "
                + maxBy(
                    "namespace",
                    selector(
                        "rollout_info_replicas_available", List.of(PromQl.equal("name", name))))
                + " > 0"
            : maxBy(
                    "namespace",
                    selector(
                        "kube_deployment_status_replicas_unavailable",
                        List.of(PromQl.equal("deployment", name))))
                + " > 0";
    return new Alert(
        REPLICAS_UNAVAILABLE,
        AlertSeverity.TICKET,
        expr,
        UNAVAILABLE_FOR,
        ctx.name() + " runs with fewer available replicas than it wants.",
        "{{ $labels.namespace }}: "
            + name
            + " has had unavailable replicas for "
            + Prose.minutes(UNAVAILABLE_FOR)
            + ", so it has less capacity and redundancy than planned.",
        new Runbook(
            "Some replicas of "
                + ctx.workload()
                + " have not been available for "
                + Prose.minutes(UNAVAILABLE_FOR)
                + ": pods that are pending (no node fits their requests), not ready (readiness"
                + " probe failing), or crashing.",
            List.of(
                Step.of(
                    "See which pods are not ready and why.",
                    ctx.kubectl("get %s", ctx.workload()),
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
}
