package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ScalingModel;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;

/**
 * An autoscaling/v2 HorizontalPodAutoscaler when {@code @Scaling(max > min)}.
 * It targets the workload (Deployment or Rollout), which then has no {@code replicas} of its own.
 */
public final class HpaManifest implements ManifestSource {

  /** Scale down only after five quiet minutes, at most a quarter of the pods a minute. */
  static final int SCALE_DOWN_WINDOW_SECONDS = 300;

  static final int SCALE_DOWN_PERCENT_PER_MINUTE = 25;

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    if (!Workload.autoscaled(service)) {
      return List.of();
    }
    ScalingModel scaling = service.scaling().orElseThrow();
    ObjectNode hpa =
        Objects.header("autoscaling/v2", "HorizontalPodAutoscaler", service.serviceName(), service);
    ObjectNode spec = hpa.putObject("spec");
    ObjectNode target = spec.putObject("scaleTargetRef");
    target.put("apiVersion", Workload.apiVersion(service));
    target.put("kind", Workload.kind(service));
    target.put("name", service.serviceName());
    spec.put("minReplicas", scaling.min().value());
    spec.put("maxReplicas", scaling.max().value());
    ArrayNode metrics = spec.putArray("metrics");
    utilization(metrics, "cpu", scaling.cpuUtilization().value());
    utilization(metrics, "memory", scaling.memoryUtilization().value());
    ObjectNode scaleDown = spec.putObject("behavior").putObject("scaleDown");
    // a short dip in load must not shed pods that the next spike needs again
    scaleDown.put("stabilizationWindowSeconds", SCALE_DOWN_WINDOW_SECONDS);
    ObjectNode policy = scaleDown.putArray("policies").addObject();
    policy.put("type", "Percent");
    policy.put("value", SCALE_DOWN_PERCENT_PER_MINUTE);
    policy.put("periodSeconds", 60);
    return List.of(new Manifest(hpa));
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
