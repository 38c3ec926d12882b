package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * The ServiceMonitor: tells a Prometheus Operator to scrape the service's pods through its Service,
 * on the named metrics port, path and interval of {@code @Metrics}. The job label is the Service
 * name, which the generated rules select on.
 */
final class ServiceMonitorManifest implements ManifestSource {

  /** Argo Rollouts' pod label that tells canary from stable pods (for the dashboard's split). */
  static final String ROLLOUT_HASH_LABEL = "rollouts-pod-template-hash";

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    if (service.isJob()) {
      return List
          .of(); // a run is over before a scrape would find it: kube-state-metrics watches it
    }
    if (service.isWorker()) {
      return List.of(podMonitor(service));
    }
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

  /**
   * A worker has no Service to scrape through: a PodMonitor selects its pods directly, on the named
   * metrics port. Its {@code jobLabel} takes the job name from the pods' name label, so the job is
   * the worker's name, as a ServiceMonitor's would be.
   */
  private static ObjectNode podMonitor(ServicePlan service) {
    ObjectNode monitor =
        Objects.header("monitoring.coreos.com/v1", "PodMonitor", service.name(), service);
    ObjectNode spec = monitor.putObject("spec");
    spec.put("jobLabel", "app.kubernetes.io/name");
    spec.putObject("selector").set("matchLabels", Objects.selector(service));
    ObjectNode endpoint = spec.putArray("podMetricsEndpoints").addObject();
    endpoint.put("port", service.ports().metricsName());
    endpoint.put("path", service.metrics().path());
    endpoint.put("interval", service.metrics().interval().text());
    return monitor;
  }
}
