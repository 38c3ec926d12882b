package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SLW-EXP-001: the exposed host is a DNS name (optionally {@code *.} for a wildcard), not an IP
 * address and without scheme, port or path, as the validation of an Ingress's host and of an
 * HTTPRoute's hostname (the same grammar) requires.
 */
public final class InvalidExposeHost extends ServiceRule {

  private static final Pattern IPV4 = Pattern.compile("[0-9]+(\\.[0-9]+){3}");

  private static final String ADVICE = "write the bare public host name, e.g. \"orders.acme.com\"";

  public InvalidExposeHost() {
    super(
        "SLW-EXP-001",
        Severity.ERROR,
        "@Expose(host) is a DNS name",
        "Kubernetes rejects an Ingress or HTTPRoute whose host is empty, an IP address, or not a DNS-1123"
            + " subdomain (a scheme, port or path included by mistake).",
        "Write the bare public host name, e.g. \"orders.acme.com\", or \"*.acme.com\" for a"
            + " wildcard (which is \"*.dev.acme.com\" before production).");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.expose().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Expose", "host", service.expose().get().host()),
        InvalidExposeHost::problem,
        ADVICE);
  }

  /** What is wrong with {@code host} as an exposed host, if anything; also checks derived hosts. */
  public static Optional<String> problem(String host) {
    if (host.contains("://")) {
      return Optional.of("has a scheme");
    }
    if (IPV4.matcher(host).matches() || host.contains(":")) {
      return Optional.of(
          "is an IP address or has a port, which neither an Ingress nor an HTTPRoute accepts");
    }
    if (host.length() > KubernetesNames.MAX_SUBDOMAIN) {
      return Optional.of(
          "is " + host.length() + " characters long, more than " + KubernetesNames.MAX_SUBDOMAIN);
    }
    String name = host.startsWith("*.") ? host.substring(2) : host;
    return KubernetesNames.dns1123SubdomainProblem(name);
  }
}
