package dev.slipway.processor.rules.dependencies;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-DEP-001: each dependency is a service name (a DNS-1035 label). */
public final class InvalidDependencyName extends ServiceRule {

  private static final String ADVICE =
      "a dependency is another service's name: lowercase letters, digits and '-', starting with a"
          + " letter, at most 63 characters";

  public InvalidDependencyName() {
    super(
        "SLW-DEP-001",
        Severity.ERROR,
        "Each @Service(dependsOn) entry is a valid service name",
        "A dependency becomes a NetworkPolicy peer and a Service host name; an invalid name can"
            + " match no Service.",
        "Write the other service's @Service name: lowercase letters, digits and '-', starting"
            + " with a letter, at most 63 characters.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (Located<String> dependency : service.dependsOn()) {
      findings.addAll(
          checkGrammar(
                  Attribute.of("Service", "dependsOn", dependency),
                  KubernetesNames::dns1035LabelProblem,
                  ADVICE)
              .toList());
    }
    return findings.stream();
  }
}
