package dev.slipway.processor.emit.alerts;

import static dev.slipway.processor.emit.promql.PromQl.maxBy;
import static dev.slipway.processor.emit.promql.PromQl.selector;

import dev.slipway.processor.emit.alerts.Alert.Runbook;
import dev.slipway.processor.emit.alerts.Alert.Step;
import dev.slipway.processor.emit.promql.PromQl;
import dev.slipway.processor.plan.CanaryPlan;
import dev.slipway.processor.plan.Layout;
import java.time.Duration;
import java.util.ArrayList;
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
                + " not become available before the progress deadline. "
                + (routed(ctx)
                    ? "Argo Rollouts set the weights of the HTTPRoute `"
                        + ctx.name()
                        + "` back to `"
                        + ctx.name()
                        + "-stable` (100) and `"
                        + ctx.name()
                        + "-canary` (0) and removed its header route, if it had one; the Rollout"
                    : "Traffic went back to the stable version, and the Rollout")
                + " stays Degraded until a new version or a retry.",
            diagnose(ctx),
            List.of(
                Step.of("Fix the new version and ship it again; the stable version keeps serving."),
                Step.of(
                    "If the analysis was wrong (for example no traffic reached the canary), retry.",
                    ctx.argoRollouts("retry rollout %s", ctx.name())))));
  }

  private static List<Step> diagnose(AlertContext ctx) {
    List<Step> steps = new ArrayList<>();
    steps.add(
        Step.of(
            "See the rollout's steps, the failed analysis and the message.",
            ctx.argoRollouts("get rollout %s", ctx.name())));
    steps.add(
        Step.of(
            "Read the analysis run's measurements.",
            ctx.kubectl("get analysisruns --sort-by=.metadata.creationTimestamp"),
            ctx.kubectl("describe analysisrun <analysisrun>")));
    if (routed(ctx)) {
      steps.add(
          Step.of(
              "Check the route the weights are set on: its backends' weights (after an abort"
                  + " `"
                  + ctx.name()
                  + "-stable` has 100), and in its status whether the Gateway accepted it. A"
                  + " rollout stuck at its first weight with a plugin error in the controller's"
                  + " log means Argo Rollouts could not update the route: check the plugin's"
                  + " registration and RBAC ("
                  + Layout.argoRolloutsCluster()
                  + " in the build's output).",
              ctx.kubectl("get httproute %s -o yaml", ctx.name()),
              ctx.kubectl("describe httproute %s", ctx.name()),
              Shell.command("kubectl -n argo-rollouts logs deployment/argo-rollouts --since=30m")));
    }
    return steps;
  }

  /** Whether Argo Rollouts sets the canary's weights on the service's HTTPRoute. */
  private static boolean routed(AlertContext ctx) {
    return ctx.service().canary().map(CanaryPlan::trafficRouted).orElse(false);
  }
}
