package dev.slipway.processor.rules.dependencies;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-DEP-002: a service does not list itself as a dependency. */
public final class SelfDependency extends ServiceRule {

  public SelfDependency() {
    super(
        "SLW-DEP-002",
        Severity.ERROR,
        "A service does not depend on itself",
        "A self-dependency is a typo for another service, and its egress rule would point back"
            + " at the service.",
        "Remove the entry, or write the name of the service that is really called.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (Located<String> dependency : service.dependsOn()) {
      if (dependency.value().equals(service.serviceName())) {
        findings.add(
            finding(
                Attribute.of("Service", "dependsOn", dependency),
                "is this service itself; remove it or name the service it calls"));
      }
    }
    return findings.stream();
  }
}
