package dev.slipway.processor.emit.alerts;

import static dev.slipway.processor.emit.promql.PromQl.selector;
import static dev.slipway.processor.emit.promql.PromQl.sumBy;

import dev.slipway.processor.emit.alerts.Alert.Runbook;
import dev.slipway.processor.emit.alerts.Alert.Step;
import dev.slipway.processor.plan.BacklogPlan;
import java.util.List;

/**
 * The alert of a worker's {@code @Backlog}: the queue it consumes grows beyond what it keeps up
 * with.
 */
public final class BacklogAlerts {

  public static final String BACKLOG_HIGH = "BacklogHigh";

  private BacklogAlerts() {}

  static List<Alert> of(AlertContext ctx) {
    return ctx.service().backlog().map(b -> List.of(high(ctx, b))).orElse(List.of());
  }

  /**
   * The backlog per namespace, {@code sum by (namespace) (metric{labels})}: the queue's items over
   * all its series (partitions, pods), one environment at a time. The dashboard shows the same.
   */
  public static String backlog(BacklogPlan backlog, List<String> matchers) {
    return sumBy("namespace", selector(backlog.metric(), matchers));
  }

  private static Alert high(AlertContext ctx, BacklogPlan backlog) {
    String name = ctx.name();
    return new Alert(
        BACKLOG_HIGH,
        AlertSeverity.TICKET,
        backlog(backlog, ctx.series().backlog()) + " > " + backlog.threshold(),
        backlog.duration(),
        "The backlog of " + name + " is above " + backlog.threshold() + ".",
        // the label values stay out: Prometheus would expand a "{{" in them as a template
        "The backlog in "
            + backlog.metric()
            + " of {{ $labels.namespace }} has been above "
            + backlog.threshold()
            + " for "
            + Prose.minutes(backlog.duration())
            + ".",
        new Runbook(
            "The queue "
                + name
                + " consumes from holds more than "
                + backlog.threshold()
                + " items and has for "
                + Prose.minutes(backlog.duration())
                + ": work arrives faster than the worker finishes it, or the worker is stuck."
                + " Whatever waits in the queue is late.",
            List.of(
                Step.of(
                    "Check that the workers run and are not restarting.",
                    ctx.kubectl("get pods " + ctx.podSelector())),
                Step.of("Read their logs for errors or a stuck message.", ctx.logsCommand()),
                Step.of(
                    "Compare the backlog with the workers' CPU and memory on the dashboard: busy"
                        + " workers need more replicas, idle ones are blocked on something.")),
            List.of(
                Step.of("If the workers are busy, add replicas.", ctx.scaleUpCommand()),
                Step.of(
                    "If a new version processes slower or fails, roll back.",
                    ctx.rollbackCommand()),
                Step.of(
                    "If one message crashes every worker (a poison message), move it to a"
                        + " dead-letter queue."))));
  }
}
