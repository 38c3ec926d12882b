package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.stream.Stream;

/**
 * SLW-EXP-009: {@code @Expose(listener)} is a Gateway listener name, the route's {@code
 * sectionName}: a DNS-1123 subdomain.
 */
public final class InvalidListener extends ServiceRule {

  private static final String ADVICE =
      "name the Gateway's HTTPS listener as the Gateway has it, e.g. \"https\"";

  public InvalidListener() {
    super(
        "SLW-EXP-009",
        Severity.ERROR,
        "@Expose(listener) is a Gateway listener name",
        "The route attaches to the listener of that name (its parentRef's sectionName), which"
            + " terminates TLS; the Gateway API rejects a name that is not a DNS-1123 subdomain.",
        "Name the Gateway's HTTPS listener, e.g. \"https\" (ask the platform team for its name).");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.expose().isEmpty() || !service.expose().get().throughGateway()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Expose", "listener", service.expose().get().listener()),
        KubernetesNames::dns1123SubdomainProblem,
        ADVICE);
  }
}
