package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;
import java.util.Optional;

/**
 * The NetworkPolicy: the pods accept and open only the connections the annotations
 * declare. Both directions are denied by default; ingress is allowed on the service's own ports
 * (traffic, and the management port for kubelet probes and Prometheus), egress to the pods of
 * each {@code dependsOn} service, in any namespace, and to the cluster DNS.
 */
public final class NetworkPolicyManifest implements ManifestSource {

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    ObjectNode policy =
        Objects.header("networking.k8s.io/v1", "NetworkPolicy", service.serviceName(), service);
    ObjectNode spec = policy.putObject("spec");
    spec.putObject("podSelector").set("matchLabels", Objects.selector(service));
    ArrayNode types = spec.putArray("policyTypes");
    types.add("Ingress");
    types.add("Egress");

    ArrayNode ingressPorts = spec.putArray("ingress").addObject().putArray("ports");
    Ports.of(service).forEach(p -> ingressPorts.add(port("TCP", p.number())));

    ArrayNode egress = spec.putArray("egress");
    for (Located<String> dependency : service.dependsOn()) {
      egress.add(egressToService(dependency.value(), compilation.service(dependency.value())));
    }
    egress.add(egressToDns());
    return List.of(new Manifest(policy));
  }

  /**
   * The dependency's pods, wherever they run. Its port is known when it is built in the same
   * compile; otherwise any TCP port of those pods.
   */
  private static ObjectNode egressToService(String name, Optional<ServiceModel> dependency) {
    ObjectNode rule = Serialization.object();
    ObjectNode peer = rule.putArray("to").addObject();
    peer.putObject("namespaceSelector");
    peer.putObject("podSelector").putObject("matchLabels").put("app.kubernetes.io/name", name);
    ArrayNode ports = rule.putArray("ports");
    dependency.ifPresentOrElse(
        d -> ports.add(port("TCP", d.port().value())),
        () -> ports.addObject().put("protocol", "TCP"));
    return rule;
  }

  private static ObjectNode egressToDns() {
    ObjectNode rule = Serialization.object();
    ObjectNode peer = rule.putArray("to").addObject();
    peer.putObject("namespaceSelector")
        .putObject("matchLabels")
        .put("kubernetes.io/metadata.name", "kube-system");
    peer.putObject("podSelector").putObject("matchLabels").put("k8s-app", "kube-dns");
    ArrayNode ports = rule.putArray("ports");
    ports.add(port("UDP", 53));
    ports.add(port("TCP", 53));
    return rule;
  }

  private static ObjectNode port(String protocol, int number) {
    ObjectNode port = Serialization.object();
    port.put("protocol", protocol);
    port.put("port", number);
    return port;
  }
}
