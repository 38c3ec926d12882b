package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ExposeModel;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;

/**
 * A networking.k8s.io/v1 Ingress for a service with {@code @Expose},
 * routing the host and path prefix to the Service's {@code http} port, with TLS from the named
 * Secret (exposure without TLS is rejected by validation before this runs in production).
 */
public final class IngressManifest implements ManifestSource {

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    if (service.expose().isEmpty()) {
      return List.of();
    }
    ExposeModel expose = service.expose().orElseThrow();
    ObjectNode ingress = Objects.header("networking.k8s.io/v1", "Ingress", service.serviceName(), service);
    ObjectNode spec = ingress.putObject("spec");
    if (!expose.ingressClass().value().isEmpty()) {
      spec.put("ingressClassName", expose.ingressClass().value());
    }
    if (!expose.tlsSecret().value().isEmpty()) {
      ObjectNode tls = spec.putArray("tls").addObject();
      tls.putArray("hosts").add(expose.host().value());
      tls.put("secretName", expose.tlsSecret().value());
    }
    ObjectNode rule = spec.putArray("rules").addObject();
    rule.put("host", expose.host().value());
    ObjectNode path = rule.putObject("http").putArray("paths").addObject();
    path.put("path", expose.path().value());
    path.put("pathType", "Prefix");
    ObjectNode backend = path.putObject("backend").putObject("service");
    backend.put("name", service.serviceName());
    backend.putObject("port").put("name", Ports.HTTP);
    return List.of(new Manifest(ingress));
  }
}
