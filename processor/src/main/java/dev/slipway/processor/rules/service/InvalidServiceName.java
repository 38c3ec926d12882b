package dev.slipway.processor.rules.service;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-SVC-001: the service name, written or derived from the class, is a DNS-1035 label. */
public final class InvalidServiceName extends ServiceRule {

  private static final String GRAMMAR =
      "lowercase letters, digits and '-', starting with a letter, at most 63 characters";

  public InvalidServiceName() {
    super(
        "SLW-SVC-001",
        Severity.ERROR,
        "The service name is a valid Kubernetes Service name (DNS-1035 label)",
        "Every generated object and label carries the name; Kubernetes rejects a Service whose"
            + " name is not a DNS-1035 label.",
        "Use " + GRAMMAR + ", e.g. name = \"orders\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    String name = service.serviceName();
    Optional<String> problem = KubernetesNames.dns1035LabelProblem(name);
    if (problem.isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.name().origin(),
            (service.name().explicit()
                    ? Describe.attribute("Service", "name", name)
                    : "the service name "
                        + Describe.literal(name)
                        + " derived from class "
                        + service.className())
                + " "
                + problem.get()
                + "; "
                + (service.name().explicit() ? "use " : "set @Service(name) to ")
                + GRAMMAR));
  }
}
