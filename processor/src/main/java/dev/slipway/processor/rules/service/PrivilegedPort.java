package dev.slipway.processor.rules.service;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SVC-007: the container listens on an unprivileged port. */
public final class PrivilegedPort extends ServiceRule {

  public PrivilegedPort() {
    super(
        "SLW-SVC-007",
        Severity.WARNING,
        Guard.READINESS,
        "@Service(port) is 1024 or above",
        "Slipway's containers run as non-root with every capability dropped, so on most nodes"
            + " they cannot bind a port below 1024 (kube-linter privileged-ports).",
        "Listen on a port such as 8080; the Service and Ingress still expose 80/443 outside.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    int port = service.port().value();
    if (port < 1 || port >= 1024) {
      return Stream.empty(); // SLW-SVC-006 reports ports outside 1..65535
    }
    return Stream.of(
        finding(
            Attribute.of("Service", "port", service.port()),
            "is below 1024, which a non-root container without capabilities usually cannot bind;"
                + " listen on a port such as 8080"));
  }
}
