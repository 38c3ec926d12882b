package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.GatewayReference;
import java.util.stream.Stream;

/** SLW-EXP-007: {@code @Expose(gateway)} names a Gateway as {@code <namespace>/<name>}. */
public final class InvalidGateway extends ServiceRule {

  private static final Grammar<String> GATEWAY = Grammar.emptyOr(GatewayReference::problem);

  private static final String ADVICE =
      "name the platform's Gateway with its namespace, e.g. \"infra/public\"";

  public InvalidGateway() {
    super(
        "SLW-EXP-007",
        Severity.ERROR,
        "@Expose(gateway) is <namespace>/<name> of a Gateway",
        "The HTTPRoute's parentRef names the Gateway and its namespace; without the namespace it"
            + " would look for a Gateway next to the service, and Kubernetes rejects invalid names.",
        "Write the Gateway as <namespace>/<name>, e.g. \"infra/public\", or leave it out to take"
            + " -Aslipway.gateway.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.expose().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Expose", "gateway", service.expose().get().gateway()), GATEWAY, ADVICE);
  }
}
