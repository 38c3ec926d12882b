package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.Ports;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * A ClusterIP Service in front of the pods with every named port, so that callers use {@code http}
 * and a ServiceMonitor can scrape the metrics port by name.
 */
public final class ServiceManifest implements ManifestSource {

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    if (!service.ports().servesHttp()) {
      return List.of(); // a worker is scraped through a PodMonitor, a job not at all
    }
    ObjectNode object = Objects.header("v1", "Service", service.name(), service);
    ObjectNode spec = object.putObject("spec");
    spec.put("type", "ClusterIP");
    spec.set("selector", Objects.selector(service));
    ArrayNode ports = spec.putArray("ports");
    for (Ports.NamedPort port : service.ports().named()) {
      ObjectNode p = ports.addObject();
      p.put("name", port.name());
      p.put("port", port.number());
      p.put("targetPort", port.name());
      p.put("protocol", "TCP");
    }
    return List.of(object);
  }
}
