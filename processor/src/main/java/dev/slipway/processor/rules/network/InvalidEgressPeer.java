package dev.slipway.processor.rules.network;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EgressModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Cidr;
import dev.slipway.processor.values.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SLW-NET-002: the peer of an {@code @Egress} is valid: a DNS name, a canonical CIDR, or a
 * namespace name.
 */
public final class InvalidEgressPeer extends ServiceRule {

  private static final Grammar<String> HOST =
      host ->
          KubernetesNames.dns1123SubdomainProblem(host.startsWith("*.") ? host.substring(2) : host);

  private static final Map<String, Grammar<String>> GRAMMARS =
      Map.of(
          "host",
          HOST,
          "cidr",
          text -> Cidr.problem(text),
          "namespace",
          KubernetesNames::dns1123LabelProblem);

  private static final Map<String, String> ADVICE =
      Map.of(
          "host", "write the DNS name the service connects to, e.g. \"api.stripe.com\"",
          "cidr", "write the network in CIDR notation, e.g. \"10.20.0.0/16\"",
          "namespace", "write the namespace's name, e.g. \"kafka\"");

  public InvalidEgressPeer() {
    super(
        "SLW-NET-002",
        Severity.ERROR,
        "@Egress(host, cidr, namespace) is a DNS name, a CIDR range or a namespace name",
        "Kubernetes rejects a NetworkPolicy whose ipBlock is not a CIDR or whose namespace"
            + " selector names no valid namespace; a host that is not a DNS name matches nothing.",
        "Write a DNS name (\"api.stripe.com\"), a canonical CIDR (\"10.20.0.0/16\") or a namespace"
            + " name (\"kafka\").");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (EgressModel egress : service.egress()) {
      for (Attribute<String> peer : EgressAttributes.targets(egress)) {
        findings.addAll(
            checkGrammar(peer, GRAMMARS.get(peer.member()), ADVICE.get(peer.member())).toList());
      }
    }
    return findings.stream();
  }
}
