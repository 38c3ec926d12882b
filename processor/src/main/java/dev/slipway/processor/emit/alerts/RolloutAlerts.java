package dev.slipway.processor.emit.alerts;

import static dev.slipway.processor.emit.promql.PromQl.maxBy;
import static dev.slipway.processor.emit.promql.PromQl.selector;

import dev.slipway.processor.emit.alerts.Alert.Runbook;
import dev.slipway.processor.emit.alerts.Alert.Step;
import dev.slipway.processor.emit.promql.PromQl;
import java.time.Duration;
import java.util.List;

/** The alert on a progressive rollout that the analysis rejected or that stopped progressing. */
public final class RolloutAlerts {

  public static final String ROLLOUT_FAILED = "RolloutFailed";

  private static final Duration FOR = Duration.ofMinutes(1);

  private RolloutAlerts() {}

  static List<Alert> of(AlertContext ctx) {
    return ctx.service().isRollout() ? List.of(rolloutFailed(ctx)) : List.of();
  }

  private static Alert rolloutFailed(AlertContext ctx) {
    List<String> degraded =
        List.of(PromQl.equal("name", ctx.name()), PromQl.equal("phase", "Degraded"));
    List<String> aborted =
        List.of(
            PromQl.equal("name", ctx.name()), PromQl.matchesRegex("phase", "Abort|Error|Timeout"));
    return new Alert(
        ROLLOUT_FAILED,
        AlertSeverity.TICKET,
        // rollout_info carries the phase in current Argo Rollouts; rollout_phase in older ones
        maxBy("namespace", selector("rollout_info", degraded))
            + " > 0 or "
            + maxBy("namespace", selector("rollout_phase", aborted))
            + " > 0",
        FOR,
        "The rollout of " + ctx.name() + " failed.",
        "{{ $labels.namespace }}: the Rollout "
            + ctx.name()
            + " is degraded or aborted; the"
            + " analysis rejected the new version or it did not become ready in time.",
        new Runbook(
            "The Argo Rollout `"
                + ctx.name()
                + "` aborted: the analysis found the new version's error ratio above its bound,"
                + " or more than 1 % of its requests slower than its p99 bound, or the new pods did"
                + " not become available before the progress deadline. Traffic went back to the"
                + " stable version, and the Rollout stays Degraded until a new version or a retry.",
            List.of(
                Step.of(
                    "See the rollout's steps, the failed analysis and the message.",
                    ctx.argoRollouts("get rollout %s", ctx.name())),
                Step.of(
                    "Read the analysis run's measurements.",
                    ctx.kubectl("get analysisruns --sort-by=.metadata.creationTimestamp"),
                    ctx.kubectl("describe analysisrun <analysisrun>"))),
            List.of(
                Step.of("Fix the new version and ship it again; the stable version keeps serving."),
                Step.of(
                    "If the analysis was wrong (for example no traffic reached the canary), retry.",
                    ctx.argoRollouts("retry rollout %s", ctx.name())))));
  }
}
