package dev.slipway.processor.rules.service;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SVC-003: service names are unique in a compile; reported on every class that shares one. */
public final class DuplicateServiceName extends ServiceRule {

  public DuplicateServiceName() {
    super(
        "SLW-SVC-003",
        Severity.ERROR,
        "Service names are unique in a compile",
        "Two services with one name would write the same files and the same Kubernetes objects,"
            + " one silently replacing the other.",
        "Rename one of the services with @Service(name).");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    for (ServiceModel other : compilation.services()) {
      if (other.serviceName().equals(service.serviceName())
          && !other.className().equals(service.className())) {
        return Stream.of(
            finding(
                Attribute.of("Service", "name", service.name()),
                "is also the name of "
                    + other.className()
                    + "; service names must be unique in a compile: rename one with"
                    + " @Service(name)"));
      }
    }
    return Stream.empty();
  }
}
