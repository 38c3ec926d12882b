package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ExposePlan;
import dev.slipway.processor.plan.Ports;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * A networking.k8s.io/v1 Ingress for a service with {@code @Expose(via = INGRESS)}, routing the
 * host and path prefix to the Service's {@code http} port, with TLS from the named Secret (exposure
 * without TLS is rejected by validation before this runs in production).
 */
final class IngressManifest implements ManifestSource {

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    if (service.expose().isEmpty() || service.expose().get().throughGateway()) {
      return List.of();
    }
    return List.of(ingress(service, service.expose().get()));
  }

  private static ObjectNode ingress(ServicePlan service, ExposePlan expose) {
    ObjectNode ingress = Objects.header("networking.k8s.io/v1", "Ingress", service.name(), service);
    ObjectNode spec = ingress.putObject("spec");
    if (expose.ingressClass().isPresent()) {
      spec.put("ingressClassName", expose.ingressClass().get());
    }
    if (expose.tlsSecret().isPresent()) {
      ObjectNode tls = spec.putArray("tls").addObject();
      tls.putArray("hosts").add(expose.host());
      tls.put("secretName", expose.tlsSecret().get());
    }
    ObjectNode rule = spec.putArray("rules").addObject();
    rule.put("host", expose.host());
    ObjectNode path = rule.putObject("http").putArray("paths").addObject();
    path.put("path", expose.path());
    path.put("pathType", "Prefix");
    ObjectNode backend = path.putObject("backend").putObject("service");
    backend.put("name", service.name());
    backend.putObject("port").put("name", Ports.HTTP);
    return ingress;
  }
}
