package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * The ServiceMonitor: tells a Prometheus Operator to scrape the service's pods through its
 * Service, on the named metrics port, path and interval of {@code @Metrics}. The job label is the
 * Service name, which the generated rules select on.
 */
final class ServiceMonitorManifest implements ManifestSource {

  /** Argo Rollouts' pod label that tells canary from stable pods (for the dashboard's split). */
  static final String ROLLOUT_HASH_LABEL = "rollouts-pod-template-hash";

  @Override
  public List<ObjectNode> manifests(ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    ObjectNode monitor =
        Objects.header("monitoring.coreos.com/v1", "ServiceMonitor", service.name(), service);
    ObjectNode spec = monitor.putObject("spec");
    spec.putObject("selector").set("matchLabels", Objects.selector(service));
    if (service.isRollout()) {
      spec.putArray("podTargetLabels").add(ROLLOUT_HASH_LABEL);
    }
    ObjectNode endpoint = spec.putArray("endpoints").addObject();
    endpoint.put("port", service.ports().metricsName());
    endpoint.put("path", service.metrics().path());
    endpoint.put("interval", service.metrics().interval().text());
    return List.of(monitor);
  }
}
