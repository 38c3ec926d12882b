package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.stream.Stream;

/** SLW-EXP-004: the TLS secret is a valid Secret name. */
public final class InvalidTlsSecretName extends ServiceRule {

  private static final Grammar<String> NAME =
      Grammar.emptyOr(KubernetesNames::dns1123SubdomainProblem);

  private static final String ADVICE =
      "a Secret name is lowercase letters, digits, '-' and '.', e.g. \"orders-tls\"";

  public InvalidTlsSecretName() {
    super(
        "SLW-EXP-004",
        Severity.ERROR,
        "@Expose(tlsSecret) is a valid Secret name",
        "Kubernetes rejects an Ingress whose TLS secret name is not a DNS-1123 subdomain.",
        "Use lowercase letters, digits, '-' and '.', e.g. \"orders-tls\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.expose().isEmpty() || service.expose().get().throughGateway()) {
      return Stream.empty(); // SLW-EXP-010 rejects it through a Gateway
    }
    return checkGrammar(
        Attribute.of("Expose", "tlsSecret", service.expose().get().tlsSecret()), NAME, ADVICE);
  }
}
