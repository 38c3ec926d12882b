package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.BlueGreenPlan;
import dev.slipway.processor.plan.CanaryPlan;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.EnvironmentPlan;
import dev.slipway.processor.plan.ServicePlan;
import java.time.Duration;
import java.util.List;

/**
 * The Rollout: the workload of a {@code @Canary} or {@code @BlueGreen} service, an Argo Rollouts
 * {@code Rollout} named like the service that runs the same {@link PodTemplate} as a Deployment
 * would, and replaces it.
 *
 * <p>Canary: the weights of {@code steps}, each followed by a timed {@code pause} (the indefinite
 * {@code pause: {}} only as the {@code manualGate} after the last one), while the {@link Analysis}
 * runs in the background from the first pause on, when the canary pods are up and taking traffic; a
 * failed analysis aborts and scales the canary away. With {@code @Expose} through a Gateway, Argo
 * Rollouts' Gateway API plugin sets each weight exactly on the service's {@code HTTPRoute} (between
 * {@code <name>-stable} and {@code <name>-canary}), and {@code @Canary(header)} first routes
 * requests carrying the header to one canary pod for smoke tests. Without a traffic router, the
 * weight is the canary's share of the pods, behind the service's own Service, which selects both
 * versions; {@code <name>-canary} and {@code <name>-stable} reach one version each.
 *
 * <p>Blue-green: the new version starts beside the old behind {@code <name>-preview}, is analysed
 * for {@code promotionDelay}, and then the service's own Service switches to it (at once, or when a
 * person promotes it without {@code autoPromote}). The same analysis then watches it under
 * production traffic; the old pods stay for {@code scaleDownDelay}, and a failure switches the
 * traffic back to them.
 *
 * <p>Either way capacity never drops (no pod is taken away before its replacement is ready), and a
 * rollout that makes no progress for ten minutes is aborted.
 */
final class RolloutManifest implements ManifestSource {

  /** The name Argo Rollouts registers the Gateway API traffic router plugin under. */
  static final String GATEWAY_API_PLUGIN = "argoproj-labs/gatewayAPI";

  /** The rule the plugin adds to the HTTPRoute for {@code @Canary(header)} while a rollout runs. */
  static final String HEADER_ROUTE = "canary-header";

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    if (!service.isRollout()) {
      return List.of();
    }
    ObjectNode rollout = DeploymentManifest.workload(service);
    ObjectNode spec = rollout.withObject("/spec");
    // a canary stuck on pods that never become ready is rolled back, not left half-deployed
    spec.put("progressDeadlineAbort", true);
    spec.putObject("selector").set("matchLabels", Objects.selector(service));
    Analysis analysis = new Analysis(service);
    ObjectNode strategy = spec.putObject("strategy");
    service
        .canary()
        .ifPresentOrElse(
            canary ->
                strategy.set("canary", canary(service, service.production(), canary, analysis)),
            () ->
                strategy.set(
                    "blueGreen", blueGreen(service, service.blueGreen().orElseThrow(), analysis)));
    spec.set("template", PodTemplate.of(service));
    return List.of(rollout);
  }

  private static ObjectNode canary(
      ServicePlan service, EnvironmentPlan production, CanaryPlan canary, Analysis analysis) {
    ObjectNode strategy = Serialization.object();
    strategy.put("canaryService", RolloutServicesManifest.canaryName(service));
    strategy.put("stableService", RolloutServicesManifest.stableName(service));
    // canary pods come up before stable pods go, as in the Deployment's rolling update
    strategy.put("maxSurge", "25%");
    strategy.put("maxUnavailable", 0);
    if (canary.trafficRouted()) {
      strategy.set("trafficRouting", trafficRouting(service, production, canary));
    }
    ObjectNode background = analysis.rolloutReference();
    if (!canary.steps().isEmpty()) {
      background.put("startingStep", analysisStart(canary));
    }
    strategy.set("analysis", background);
    strategy.set("steps", steps(canary));
    return strategy;
  }

  /** A canary's steps: the header route's first, then a pause after each weight, then the gate. */
  static ArrayNode steps(CanaryPlan canary) {
    ArrayNode steps = Serialization.object().arrayNode();
    canary
        .header()
        .ifPresent(header -> steps.addAll(headerSteps(header, canary.pause().duration())));
    steps.addAll(steps(canary.steps(), canary.pause().duration()));
    if (canary.manualGate()) {
      steps.addObject().putObject("pause"); // the one indefinite pause: asked for, and documented
    }
    return steps;
  }

  /**
   * The step the background analysis starts at: the first pause with user traffic on the canary,
   * when its pods are up and serving.
   */
  static int analysisStart(CanaryPlan canary) {
    return (canary.header().isPresent() ? HEADER_STEPS : 0) + 1;
  }

  /**
   * Argo Rollouts' Gateway API plugin on the service's {@code HTTPRoute}, in the namespace the
   * Rollout runs in (production's here; each overlay writes its own), and the header route it
   * manages when there is one.
   */
  private static ObjectNode trafficRouting(
      ServicePlan service, EnvironmentPlan production, CanaryPlan canary) {
    ObjectNode routing = Serialization.object();
    if (canary.header().isPresent()) {
      routing.putArray("managedRoutes").addObject().put("name", HEADER_ROUTE);
    }
    ObjectNode plugin = routing.putObject("plugins").putObject(GATEWAY_API_PLUGIN);
    ObjectNode route = plugin.putArray("httpRoutes").addObject();
    route.put("name", HttpRouteManifest.name(service));
    if (canary.header().isPresent()) {
      route.put("useHeaderRoutes", true);
    }
    plugin.put("namespace", production.namespace());
    return routing;
  }

  /** How many steps {@link #headerSteps} writes. */
  private static final int HEADER_STEPS = 4;

  /**
   * Before any user traffic moves: one canary pod (with traffic routing Argo scales the canary with
   * the weight, which is still 0), the header route to it, and a pause for smoke tests; then the
   * canary's size follows the weights again.
   */
  private static ArrayNode headerSteps(CanaryPlan.HeaderRoute header, Duration pause) {
    ArrayNode steps = Serialization.object().arrayNode();
    steps.addObject().putObject("setCanaryScale").put("replicas", 1);
    ObjectNode route = steps.addObject().putObject("setHeaderRoute");
    route.put("name", HEADER_ROUTE);
    ObjectNode match = route.putArray("match").addObject();
    match.put("headerName", header.name());
    match.putObject("headerValue").put("exact", header.value());
    steps.addObject().putObject("pause").put("duration", goDuration(pause));
    steps.addObject().putObject("setCanaryScale").put("matchTrafficWeight", true);
    return steps;
  }

  /** {@code setWeight: w} then {@code pause: {duration: p}} for each weight. */
  static ArrayNode steps(List<Integer> weights, Duration pause) {
    ArrayNode steps = Serialization.object().arrayNode();
    String duration = goDuration(pause);
    for (int weight : weights) {
      steps.addObject().put("setWeight", weight);
      steps.addObject().putObject("pause").put("duration", duration);
    }
    return steps;
  }

  private static ObjectNode blueGreen(
      ServicePlan service, BlueGreenPlan blueGreen, Analysis analysis) {
    ObjectNode strategy = Serialization.object();
    strategy.put("activeService", service.name());
    strategy.put("previewService", RolloutServicesManifest.previewName(service));
    // no autoPromotionSeconds: Argo starts that timer only after the pre-promotion analysis has
    // passed, and the analysis itself already spans promotionDelay (see AnalysisPlan)
    strategy.put("autoPromotionEnabled", blueGreen.autoPromote());
    strategy.put(
        "scaleDownDelaySeconds", clampToInt(blueGreen.scaleDownDelay().duration().toSeconds()));
    strategy.set("prePromotionAnalysis", analysis.rolloutReference());
    // the same analysis again on production traffic: a failure switches back to the old pods,
    // which are still running during scaleDownDelay
    strategy.set("postPromotionAnalysis", analysis.rolloutReference());
    return strategy;
  }

  /**
   * A Go duration of whole seconds, as Argo Rollouts parses pauses: {@code 5m}, {@code 1m30s},
   * {@code 36h} (Go has no days). Argo truncates to seconds and reads zero as no pause at all, so
   * anything shorter than a second becomes one second; the rulebook rejects such pauses anyway.
   */
  static String goDuration(Duration duration) {
    long seconds = Math.max(1, duration.toSeconds());
    StringBuilder text = new StringBuilder();
    if (seconds >= 3600) {
      text.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60) {
      text.append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 > 0) {
      text.append(seconds % 60).append('s');
    }
    return text.toString();
  }

  /** Argo's second counts are int32. */
  private static int clampToInt(long seconds) {
    return (int) Math.min(Integer.MAX_VALUE, seconds);
  }
}
