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

/** SLW-EXP-005: the ingress class is a valid IngressClass name. */
public final class InvalidIngressClass extends ServiceRule {

  private static final Grammar<String> NAME =
      Grammar.emptyOr(KubernetesNames::dns1123SubdomainProblem);

  private static final String ADVICE =
      "write the IngressClass name, e.g. \"nginx\", or \"\" for the cluster's default";

  public InvalidIngressClass() {
    super(
        "SLW-EXP-005",
        Severity.ERROR,
        "@Expose(ingressClass) is a valid IngressClass name",
        "Kubernetes rejects an Ingress whose ingressClassName is not a DNS-1123 subdomain.",
        "Write the IngressClass name as the cluster has it, e.g. \"nginx\", or \"\" for the"
            + " default class.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.expose().isEmpty() || service.expose().get().throughGateway()) {
      return Stream.empty(); // SLW-EXP-010 rejects it through a Gateway
    }
    return checkGrammar(
        Attribute.of("Expose", "ingressClass", service.expose().get().ingressClass()),
        NAME,
        ADVICE);
  }
}
