package dev.slipway.processor.rules.network;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EgressModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-NET-003: an {@code @Egress} opens at least one port, each in 1..65535. */
public final class InvalidEgressPorts extends ServiceRule {

  public InvalidEgressPorts() {
    super(
        "SLW-NET-003",
        Severity.ERROR,
        "@Egress(ports) lists at least one port, each in 1..65535",
        "Kubernetes rejects a NetworkPolicy port outside 1..65535, and an egress rule without"
            + " ports would open every port of the peer.",
        "List the ports the service connects to, e.g. ports = 5432 or ports = {9092, 9093}.");
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
    List<Located<Integer>> ports = egress.ports().value();
    if (ports.isEmpty()) {
      return Stream.of(
          finding(
              EgressAttributes.of(egress, "ports", egress.ports()),
              "opens no port; list the ports the service connects to, e.g. ports = 5432"));
    }
    List<Finding> findings = new ArrayList<>();
    for (Located<Integer> port : ports) {
      if (port.value() < 1 || port.value() > 65535) {
        findings.add(
            finding(
                port.origin(),
                Describe.attribute("Egress", "ports", values(ports))
                    + " has the port "
                    + port.value()
                    + ", outside 1..65535; write the port the service connects to, e.g. 5432"));
      }
    }
    return findings.stream();
  }

  private static List<Integer> values(List<Located<Integer>> ports) {
    List<Integer> values = new ArrayList<>();
    for (Located<Integer> port : ports) {
      values.add(port.value());
    }
    return values;
  }
}
