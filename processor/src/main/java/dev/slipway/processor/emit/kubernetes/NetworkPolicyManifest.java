package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.Dependency;
import dev.slipway.processor.plan.EgressPeer;
import dev.slipway.processor.plan.Ports.NamedPort;
import dev.slipway.processor.plan.ServicePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The NetworkPolicy: the pods accept and open only the connections the annotations declare. Both
 * directions are denied by default; ingress is allowed on the service's own ports (traffic, and the
 * management port for kubelet probes and Prometheus; a worker has only the latter, a job none at
 * all), egress to the pods of each {@code dependsOn} service, in any namespace, to each
 * {@code @Egress} peer on its ports, and to the cluster DNS.
 *
 * <p>A v1 NetworkPolicy cannot select by DNS name: an {@code @Egress(host)} opens its ports to any
 * address (every IPv4 and IPv6 range), and the policy's {@code slipway.dev/egress-hosts} annotation
 * says which hosts that is for.
 */
final class NetworkPolicyManifest implements ManifestSource {

  /** Which hosts the policy's any-address egress rules are for. */
  static final String EGRESS_HOSTS_ANNOTATION = "slipway.dev/egress-hosts";

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    ObjectNode policy =
        Objects.header("networking.k8s.io/v1", "NetworkPolicy", service.name(), service);
    List<String> hosts = new ArrayList<>();
    for (EgressPeer peer : service.egress()) {
      if (peer.kind() == EgressPeer.Kind.HOST) {
        hosts.add(peer.toString());
      }
    }
    if (!hosts.isEmpty()) {
      policy
          .withObject("/metadata")
          .putObject("annotations")
          .put(EGRESS_HOSTS_ANNOTATION, String.join(" ", hosts));
    }
    ObjectNode spec = policy.putObject("spec");
    spec.putObject("podSelector").set("matchLabels", Objects.selector(service));
    ArrayNode types = spec.putArray("policyTypes");
    types.add("Ingress");
    types.add("Egress");

    ArrayNode ingress = spec.putArray("ingress");
    if (!service.ports().named().isEmpty()) {
      // a worker's only ports are its management ones: kubelet probes and the scrape
      ArrayNode ingressPorts = ingress.addObject().putArray("ports");
      for (NamedPort named : service.ports().named()) {
        ingressPorts.add(port("TCP", named.number()));
      }
    }

    ArrayNode egress = spec.putArray("egress");
    for (Dependency dependency : service.dependencies()) {
      egress.add(egressTo(dependency));
    }
    for (EgressPeer peer : service.egress()) {
      egress.add(egressTo(peer));
    }
    egress.add(egressToDns());
    return List.of(policy);
  }

  /**
   * The dependency's pods, wherever they run. Its port is known when it is built in the same
   * compile; otherwise any TCP port of those pods.
   */
  private static ObjectNode egressTo(Dependency dependency) {
    ObjectNode rule = Serialization.object();
    ObjectNode peer = rule.putArray("to").addObject();
    peer.putObject("namespaceSelector");
    peer.putObject("podSelector")
        .putObject("matchLabels")
        .put("app.kubernetes.io/name", dependency.name());
    ArrayNode ports = rule.putArray("ports");
    if (dependency.port().isPresent()) {
      ports.add(port("TCP", dependency.port().get()));
    } else {
      ports.addObject().put("protocol", "TCP");
    }
    return rule;
  }

  /** A declared peer outside the compile, on its ports. */
  private static ObjectNode egressTo(EgressPeer peer) {
    ObjectNode rule = Serialization.object();
    ArrayNode to = rule.putArray("to");
    switch (peer.kind()) {
      case CIDR -> to.addObject().putObject("ipBlock").put("cidr", peer.target());
      case HOST -> {
        to.addObject().putObject("ipBlock").put("cidr", "0.0.0.0/0");
        to.addObject().putObject("ipBlock").put("cidr", "::/0");
      }
      case NAMESPACE ->
          to.addObject()
              .putObject("namespaceSelector")
              .putObject("matchLabels")
              .put("kubernetes.io/metadata.name", peer.target());
    }
    ArrayNode ports = rule.putArray("ports");
    for (int port : peer.ports()) {
      ports.add(port("TCP", port));
    }
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
