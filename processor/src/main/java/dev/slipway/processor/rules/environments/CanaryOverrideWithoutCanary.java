package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-ENVS-011: an environment's canary members ({@code steps}, {@code pause}, {@code manualGate},
 * {@code rollingUpdate}) change a {@code @Canary}; on a service without one they would be silently
 * ignored.
 */
public final class CanaryOverrideWithoutCanary extends ServiceRule {

  public CanaryOverrideWithoutCanary() {
    super(
        "SLW-ENVS-011",
        Severity.ERROR,
        "@Environment(steps, pause, manualGate, rollingUpdate) change a @Canary",
        "A canary override on a service that rolls out without a canary has nothing to change:"
            + " the environment would silently deploy differently from what its class says.",
        "Remove the member, or give the service a @Canary; @BlueGreen keeps its own promotion in"
            + " every environment.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.canary().isPresent()) {
      return Stream.empty();
    }
    List<Finding> findings = new ArrayList<>();
    for (EnvironmentModel e : Overrides.checked(service, compilation)) {
      Optional<Attribute<?>> member = firstCanaryMember(e);
      if (member.isPresent()) {
        findings.add(
            finding(
                member.get(),
                "has no effect: "
                    + service.serviceName()
                    + " has no @Canary"
                    + (service.blueGreen().isPresent() ? " (it is @BlueGreen)" : "")
                    + "; remove it, or roll the service out with @Canary"));
      }
    }
    return findings.stream();
  }

  private static Optional<Attribute<?>> firstCanaryMember(EnvironmentModel e) {
    if (!e.steps().value().isEmpty()) {
      return Optional.of(Overrides.of(e, "steps", Located.values(e.steps())));
    }
    if (Overrides.set(e.pause())) {
      return Optional.of(Overrides.of(e, "pause", e.pause()));
    }
    if (!e.manualGate().value().equals(EnvironmentModel.INHERIT)) {
      Located<Describe.Constant> gate =
          e.manualGate().as(new Describe.Constant("Gate", e.manualGate().value()));
      return Optional.of(Overrides.of(e, "manualGate", gate));
    }
    if (e.rollingUpdate().value()) {
      return Optional.of(Overrides.of(e, "rollingUpdate", e.rollingUpdate()));
    }
    return Optional.empty();
  }
}
