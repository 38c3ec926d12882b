package dev.slipway.processor.values;

import java.util.Optional;

/**
 * A Gateway as {@code @Expose(gateway)} and {@code -Aslipway.gateway} name it: {@code
 * <namespace>/<name>}, e.g. {@code infra/public}. The namespace is a DNS-1123 label and the name a
 * DNS-1123 subdomain, as Kubernetes names them; a route's {@code parentRef} always carries the
 * namespace, since the Gateway a platform team runs lives in a namespace of its own.
 */
public record GatewayReference(String namespace, String name) {

  /** {@code text} as a reference, when it is a valid one. */
  public static Optional<GatewayReference> parse(String text) {
    if (problem(text).isPresent()) {
      return Optional.empty();
    }
    int slash = text.indexOf('/');
    return Optional.of(new GatewayReference(text.substring(0, slash), text.substring(slash + 1)));
  }

  /**
   * What is wrong with {@code text} as a reference, phrased to follow it in a message; empty when
   * it is fine.
   */
  public static Optional<String> problem(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      return Optional.of("is not <namespace>/<name>");
    }
    Optional<String> namespace = KubernetesNames.dns1123LabelProblem(text.substring(0, slash));
    if (namespace.isPresent()) {
      return Optional.of("has a namespace that " + namespace.get());
    }
    return KubernetesNames.dns1123SubdomainProblem(text.substring(slash + 1))
        .map(problem -> "has a name that " + problem);
  }

  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
