package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.Replicas;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * An autoscaling/v2 HorizontalPodAutoscaler when {@code @Scaling(max > min)}. It targets the
 * workload (Deployment or Rollout), which then has no {@code replicas} of its own.
 */
final class HpaManifest implements ManifestSource {

  /** Scale down only after five quiet minutes, at most a quarter of the pods a minute. */
  static final int SCALE_DOWN_WINDOW_SECONDS = 300;

  static final int SCALE_DOWN_PERCENT_PER_MINUTE = 25;

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    Replicas replicas = service.replicas();
    if (!replicas.autoscaled()) {
      return List.of();
    }
    ObjectNode hpa =
        Objects.header("autoscaling/v2", "HorizontalPodAutoscaler", service.name(), service);
    ObjectNode spec = hpa.putObject("spec");
    ObjectNode target = spec.putObject("scaleTargetRef");
    target.put("apiVersion", service.workload().apiVersion());
    target.put("kind", service.workload().kind());
    target.put("name", service.name());
    spec.put("minReplicas", replicas.min());
    spec.put("maxReplicas", replicas.max());
    ArrayNode metrics = spec.putArray("metrics");
    utilization(metrics, "cpu", replicas.cpuUtilization());
    utilization(metrics, "memory", replicas.memoryUtilization());
    ObjectNode scaleDown = spec.putObject("behavior").putObject("scaleDown");
    // a short dip in load must not shed pods that the next spike needs again
    scaleDown.put("stabilizationWindowSeconds", SCALE_DOWN_WINDOW_SECONDS);
    ObjectNode policy = scaleDown.putArray("policies").addObject();
    policy.put("type", "Percent");
    policy.put("value", SCALE_DOWN_PERCENT_PER_MINUTE);
    policy.put("periodSeconds", 60);
    return List.of(hpa);
  }

  private static void utilization(ArrayNode metrics, String resource, int percent) {
    if (percent <= 0) {
      return;
    }
    ObjectNode metric = metrics.addObject();
    metric.put("type", "Resource");
    ObjectNode node = metric.putObject("resource");
    node.put("name", resource);
    ObjectNode target = node.putObject("target");
    target.put("type", "Utilization");
    target.put("averageUtilization", percent);
  }
}
