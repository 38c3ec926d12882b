package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.plan.Replicas;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-ENVS-008: promotion safety. An environment before production does not run more than
 * production does (a higher replica floor or ceiling, a larger memory or CPU limit): what passes
 * there would say little about production, and the difference is usually a production value that
 * was lowered without its environments. The other direction needs no rule: production is the base
 * annotations, and an override cannot give an environment a canary that production lacks.
 */
public final class MoreThanProduction extends ServiceRule {

  public MoreThanProduction() {
    super(
        "SLW-ENVS-008",
        Severity.WARNING,
        Guard.READINESS,
        "Environments before production run at most what production runs",
        "A release is promoted from dev and staging to production on the strength of what passed"
            + " there: with more replicas, memory or CPU than production, a load or memory problem"
            + " shows up first in production.",
        "Lower the environment's min, max, memoryLimit or cpuLimit to production's, or raise"
            + " production's in @Scaling or @Resources.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Replicas base = Overrides.base(service);
    List<Finding> findings = new ArrayList<>();
    for (EnvironmentModel e : Overrides.checked(service, compilation)) {
      for (Optional<Finding> problem :
          List.of(
              replicas(service, base, e),
              ceiling(service, base, e),
              limit(e, "memoryLimit", e.memoryLimit(), service.resources().memoryLimit()),
              limit(e, "cpuLimit", e.cpuLimit(), service.resources().cpuLimit()))) {
        if (problem.isPresent()) {
          findings.add(problem.get());
        }
      }
    }
    return findings.stream();
  }

  private Optional<Finding> replicas(ServiceModel service, Replicas base, EnvironmentModel e) {
    if (service.isJob() || e.min().value() <= base.min()) {
      return Optional.empty();
    }
    Attribute<Integer> min = Overrides.of(e, "min", e.min());
    String production =
        service.scaling().isPresent()
            ? Describe.attribute("Scaling", "min", base.min())
            : base.min() + " replicas (no @Scaling)";
    return Optional.of(
        finding(
            min,
            "is more than production's "
                + production
                + ": "
                + e.environment()
                + " runs more than production, so what passes there says little about prod;"
                + " lower min to at most "
                + base.min()
                + ", or raise production's"));
  }

  private Optional<Finding> ceiling(ServiceModel service, Replicas base, EnvironmentModel e) {
    // without an autoscaler max means nothing (SLW-ENVS-007)
    if (!base.autoscaled() || e.max().value() <= base.max()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            Overrides.of(e, "max", e.max()),
            "is more than production's "
                + Describe.attribute("Scaling", "max", base.max())
                + ": "
                + e.environment()
                + " scales further than production, so what passes there says little about prod;"
                + " lower max to at most "
                + base.max()
                + ", or raise production's"));
  }

  private Optional<Finding> limit(
      EnvironmentModel e, String member, Located<String> override, Located<String> production) {
    Optional<Quantity> here = Quantity.parse(override.value());
    Optional<Quantity> there = Quantity.parse(production.value());
    if (here.isEmpty() || there.isEmpty() || here.get().compareTo(there.get()) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            Overrides.of(e, member, override),
            "is more than production's "
                + Describe.attribute("Resources", member, production.value())
                + ": "
                + e.environment()
                + " runs more than production, so what passes there says little about prod;"
                + " lower "
                + member
                + " to at most "
                + Describe.literal(production.value())
                + ", or raise production's"));
  }
}
