package dev.slipway.processor.rules.service;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SVC-006: the service port is a TCP port number. */
public final class PortOutOfRange extends ServiceRule {

  public PortOutOfRange() {
    super(
        "SLW-SVC-006",
        Severity.ERROR,
        "@Service(port) is in 1..65535",
        "Kubernetes rejects a containerPort outside 1..65535.",
        "Use the port the service listens on, e.g. 8080.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return checkGrammar(
        Attribute.of("Service", "port", service.port()),
        Grammar.PORT,
        "use the port the service listens on, e.g. 8080");
  }
}
