package dev.slipway.processor.rules.dependencies;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
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
    return service.dependsOn().stream()
        .filter(dependency -> dependency.value().equals(service.serviceName()))
        .map(
            itself ->
                finding(
                    Attribute.of("Service", "dependsOn", itself),
                    "is this service itself; remove it or name the service it calls"));
  }
}
