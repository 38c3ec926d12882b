package dev.slipway.processor.emit.prometheus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.kubernetes.Manifest;
import dev.slipway.processor.emit.kubernetes.ManifestSource;
import dev.slipway.processor.emit.kubernetes.Objects;
import dev.slipway.processor.emit.kubernetes.Ports;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;

/**
 * The ServiceMonitor: tells a Prometheus Operator to scrape the service's pods through its
 * Service, on the named metrics port, path and interval of {@code @Metrics}. The job label is the
 * Service name, which the generated rules select on.
 */
public final class ServiceMonitorManifest implements ManifestSource {

  /** Argo Rollouts' pod label that tells canary from stable pods (for the dashboard's split). */
  static final String ROLLOUT_HASH_LABEL = "rollouts-pod-template-hash";

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    ObjectNode monitor =
        Objects.header(
            "monitoring.coreos.com/v1", "ServiceMonitor", service.serviceName(), service);
    ObjectNode spec = monitor.putObject("spec");
    spec.putObject("selector").set("matchLabels", Objects.selector(service));
    if (service.isRollout()) {
      spec.putArray("podTargetLabels").add(ROLLOUT_HASH_LABEL);
    }
    ObjectNode endpoint = spec.putArray("endpoints").addObject();
    endpoint.put("port", Ports.metricsPortName(service));
    endpoint.put("path", service.metrics().path().value());
    endpoint.put("interval", service.metrics().interval().value());
    return List.of(new Manifest(monitor));
  }
}
