package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.plan.Planner;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.rules.expose.InvalidExposeHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-ENVS-009: an environment's host is a DNS name (as SLW-EXP-001 checks {@code @Expose(host)}),
 * of a service that is exposed, and not production's host, which a shared gateway would then route
 * to two environments.
 */
public final class InvalidEnvironmentHost extends ServiceRule {

  public InvalidEnvironmentHost() {
    super(
        "SLW-ENVS-009",
        Severity.ERROR,
        "@Environment(host) is a DNS name of an exposed service, other than production's",
        "Kubernetes rejects a route or Ingress whose host is not a DNS name; a host for a service"
            + " without @Expose would be silently ignored; production's host in another"
            + " environment would take production's traffic on a shared gateway.",
        "Write the environment's own bare host name, e.g. \"orders.dev.acme.com\", on a service"
            + " with @Expose; leave it empty for the derived orders-dev.acme.com.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (EnvironmentModel e : Overrides.checked(service, compilation)) {
      if (Overrides.set(e.host())) {
        Optional<Finding> problem = problem(service, e);
        if (problem.isPresent()) {
          findings.add(problem.get());
        }
      }
    }
    return findings.stream();
  }

  private Optional<Finding> problem(ServiceModel service, EnvironmentModel e) {
    Attribute<String> host = Overrides.of(e, "host", e.host());
    if (service.expose().isEmpty()) {
      return Optional.of(
          finding(
              host,
              "has no effect: "
                  + service.serviceName()
                  + " is not exposed (no @Expose); remove host, or expose the service"));
    }
    Optional<String> problem = InvalidExposeHost.problem(host.value());
    if (problem.isPresent()) {
      return Optional.of(
          finding(
              host,
              problem.get()
                  + "; write the bare host name of "
                  + e.environment()
                  + ", e.g. \"orders."
                  + e.environment()
                  + ".acme.com\""));
    }
    String production = service.expose().get().host().value();
    if (host.value().equals(production)) {
      return Optional.of(
          finding(
              host,
              "is production's host too, so a shared gateway would send production's"
                  + " traffic to "
                  + e.environment()
                  + "; write "
                  + e.environment()
                  + "'s own host, or leave host empty for the derived "
                  + Describe.literal(Planner.hostIn(production, e.environment()))));
    }
    return Optional.empty();
  }
}
