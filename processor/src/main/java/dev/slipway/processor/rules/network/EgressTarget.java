package dev.slipway.processor.rules.network;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EgressModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-NET-001: an {@code @Egress} names exactly one of host, cidr and namespace. */
public final class EgressTarget extends ServiceRule {

  public EgressTarget() {
    super(
        "SLW-NET-001",
        Severity.ERROR,
        "Each @Egress names exactly one of host, cidr and namespace",
        "One egress rule opens one kind of peer; with none it opens nothing, and with two it is"
            + " unclear which the service calls.",
        "Write one @Egress per peer: host = \"api.stripe.com\", cidr = \"10.20.0.0/16\" or"
            + " namespace = \"kafka\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (EgressModel egress : service.egress()) {
      findings.addAll(check(egress).toList());
    }
    return findings.stream();
  }

  private Stream<Finding> check(EgressModel egress) {
    List<Attribute<String>> targets = EgressAttributes.targets(egress);
    if (targets.isEmpty()) {
      return Stream.of(
          finding(
              egress.origin(),
              "@Egress names no peer; write host = \"api.stripe.com\", cidr = \"10.20.0.0/16\" or"
                  + " namespace = \"kafka\""));
    }
    if (targets.size() == 1) {
      return Stream.empty();
    }
    List<String> members = new ArrayList<>();
    for (Attribute<String> t : targets) {
      members.add(t.member() + " = " + Describe.literal(t.value()));
    }
    String named = String.join(", ", members);
    return Stream.of(
        finding(
            egress.origin(),
            "@Egress("
                + named
                + ") names "
                + targets.size()
                + " peers; write one @Egress for each"));
  }
}
