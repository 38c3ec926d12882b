package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-HLT-008: the probe port is 0 (the service port) or a port number. */
public final class ProbePortOutOfRange extends ServiceRule {

  private static final String ADVICE =
      "use 0 for the service port, or the management port in 1..65535";

  public ProbePortOutOfRange() {
    super(
        "SLW-HLT-008",
        Severity.ERROR,
        "@HealthCheck(port) is 0 or in 1..65535",
        "Kubernetes rejects a probe port outside 1..65535.",
        "Use 0 to probe the service port, or the management port in 1..65535.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.healthCheck().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("HealthCheck", "port", service.healthCheck().get().port()),
        Grammar.PORT_OR_ZERO,
        ADVICE);
  }
}
