package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.plan.Planner;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-EXP-006: the hosts derived from {@code @Expose(host)} for the environments before production
 * ({@link Planner#hostIn}: {@code orders-dev.acme.example}, or {@code *.dev.acme.example} for a
 * wildcard) are valid hosts too: the first label grows by {@code -<env>} and may pass 63
 * characters, the whole host may pass 253.
 */
public final class InvalidDerivedHost extends ServiceRule {

  public InvalidDerivedHost() {
    super(
        "SLW-EXP-006",
        Severity.ERROR,
        "The hosts derived from @Expose(host) for non-production environments are valid hosts",
        "Before production the host's first label gets -dev, -staging... (a wildcard host moves"
            + " one level down, *.dev.acme.com); a label longer than 63 characters or a host longer than"
            + " 253 would make Kubernetes reject the overlay's route or Ingress.",
        "Shorten the host's first label, or the host, by the number of characters reported.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.expose().isEmpty()) {
      return Stream.empty();
    }
    Attribute<String> host = Attribute.of("Expose", "host", service.expose().get().host());
    if (InvalidExposeHost.problem(host.value()).isPresent()) {
      return Stream.empty(); // SLW-EXP-001
    }
    List<String> environments = compilation.options().environments();
    List<String> beforeProduction = environments.subList(0, Math.max(0, environments.size() - 1));
    for (String environment : beforeProduction) {
      if (hostOverridden(service, environment)) {
        continue; // @Environment(host) replaces the derived host, and SLW-ENVS-009 checks it
      }
      String derived = Planner.hostIn(host.value(), environment);
      Optional<String> problem = InvalidExposeHost.problem(derived);
      if (problem.isPresent()) {
        return Stream.of(
            finding(
                host,
                "gives the "
                    + environment
                    + " host "
                    + Describe.literal(derived)
                    + ", which "
                    + problem.get()
                    + "; "
                    + advice(host.value(), beforeProduction, derived)));
      }
    }
    return Stream.empty();
  }

  /** Whether {@code @Environment(host)} of {@code environment} replaces the derived host. */
  private static boolean hostOverridden(ServiceModel service, String environment) {
    for (EnvironmentModel e : service.environments()) {
      if (e.environment().equals(environment) && !e.host().value().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** How to shorten the host so that it fits in every environment before production. */
  private static String advice(String host, List<String> environments, String derived) {
    int longest = 0;
    for (String environment : environments) {
      longest = Math.max(longest, environment.length());
    }
    String firstLabel = derived.startsWith("*.") ? "" : derived.split("\\.", -1)[0];
    if (firstLabel.length() > KubernetesNames.MAX_LABEL) {
      int room = KubernetesNames.MAX_LABEL - 1 - longest;
      return room >= 1
          ? "shorten the first part of the host to at most " + room + " characters"
          : "the environment names leave no room for a host: shorten them";
    }
    int grown = 1 + longest; // "-<env>", or "<env>." for a wildcard
    int over = host.length() + grown - KubernetesNames.MAX_SUBDOMAIN;
    return "shorten the host by " + Math.max(1, over) + " characters";
  }
}
