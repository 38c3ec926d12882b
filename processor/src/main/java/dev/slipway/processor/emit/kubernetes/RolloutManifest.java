package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.BlueGreenModel;
import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import java.time.Duration;
import java.util.List;

/**
 * The Rollout: the workload of a {@code @Canary} or {@code @BlueGreen} service, an Argo
 * Rollouts {@code Rollout} named like the service that runs the same {@link PodTemplate} as a
 * Deployment would, and replaces it.
 *
 * <p>Canary: the weights of {@code steps}, each followed by a timed {@code pause} (the indefinite
 * {@code pause: {}} only as the {@code manualGate} after the last one), while the {@link Analysis} runs in the background from the first
 * pause on, when the canary pods are up and taking traffic; a failed analysis aborts and scales
 * the canary away. Without a traffic router, the weight is the canary's share of the pods, behind
 * the service's own Service, which selects both versions; {@code <name>-canary} and
 * {@code <name>-stable} reach one version each.
 *
 * <p>Blue-green: the new version starts beside the old behind {@code <name>-preview}, is
 * analysed for {@code promotionDelay}, and then the service's own Service switches to it (at once,
 * or when a person promotes it without {@code autoPromote}). The same analysis then watches it
 * under production traffic; the old pods stay for {@code scaleDownDelay}, and a failure switches
 * the traffic back to them.
 *
 * <p>Either way capacity never drops (no pod is taken away before its replacement is ready), and
 * a rollout that makes no progress for ten minutes is aborted.
 */
public final class RolloutManifest implements ManifestSource {

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    if (!service.isRollout()) {
      return List.of();
    }
    ObjectNode rollout = Objects.header("argoproj.io/v1alpha1", "Rollout", service.serviceName(), service);
    rollout.withObject("/metadata").set("labels", PodTemplate.labels(service, compilation));
    ObjectNode spec = rollout.putObject("spec");
    if (!Workload.autoscaled(service)) {
      spec.put("replicas", Workload.minReplicas(service));
    }
    spec.put("revisionHistoryLimit", DeploymentManifest.REVISION_HISTORY);
    spec.put("progressDeadlineSeconds", DeploymentManifest.PROGRESS_DEADLINE_SECONDS);
    // a canary stuck on pods that never become ready is rolled back, not left half-deployed
    spec.put("progressDeadlineAbort", true);
    spec.putObject("selector").set("matchLabels", Objects.selector(service));
    Analysis analysis = Analysis.of(service).orElseThrow();
    ObjectNode strategy = spec.putObject("strategy");
    // the rulebook rejects both annotations on one service; the canary wins here only so that
    // this mapping stays total
    service.canary()
        .ifPresentOrElse(
            canary -> strategy.set("canary", canary(service, canary, analysis)),
            () -> strategy.set("blueGreen", blueGreen(service, service.blueGreen().orElseThrow(), analysis)));
    spec.set("template", PodTemplate.of(service, compilation));
    return List.of(new Manifest(rollout));
  }

  private static ObjectNode canary(ServiceModel service, CanaryModel canary, Analysis analysis) {
    ObjectNode strategy = Serialization.object();
    strategy.put("canaryService", RolloutServicesManifest.canaryName(service));
    strategy.put("stableService", RolloutServicesManifest.stableName(service));
    // canary pods come up before stable pods go, as in the Deployment's rolling update
    strategy.put("maxSurge", "25%");
    strategy.put("maxUnavailable", 0);
    ObjectNode background = analysis.rolloutReference();
    List<Located<Integer>> weights = canary.steps().value();
    if (!weights.isEmpty()) {
      background.put("startingStep", 1);
    }
    strategy.set("analysis", background);
    ArrayNode steps = steps(weights, Analysis.duration(canary.pause().value()));
    if (canary.manualGate().value()) {
      steps.addObject().putObject("pause"); // the one indefinite pause: asked for, and documented
    }
    strategy.set("steps", steps);
    return strategy;
  }

  /** {@code setWeight: w} then {@code pause: {duration: p}} for each weight. */
  static ArrayNode steps(List<Located<Integer>> weights, Duration pause) {
    ArrayNode steps = Serialization.object().arrayNode();
    String duration = goDuration(pause);
    for (Located<Integer> weight : weights) {
      steps.addObject().put("setWeight", weight.value());
      steps.addObject().putObject("pause").put("duration", duration);
    }
    return steps;
  }

  private static ObjectNode blueGreen(ServiceModel service, BlueGreenModel blueGreen, Analysis analysis) {
    ObjectNode strategy = Serialization.object();
    strategy.put("activeService", service.serviceName());
    strategy.put("previewService", RolloutServicesManifest.previewName(service));
    // no autoPromotionSeconds: Argo starts that timer only after the pre-promotion analysis has
    // passed, and the analysis itself already spans promotionDelay (see Analysis.of)
    strategy.put("autoPromotionEnabled", blueGreen.autoPromote().value());
    strategy.put(
        "scaleDownDelaySeconds",
        clampToInt(Analysis.duration(blueGreen.scaleDownDelay().value()).toSeconds()));
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
