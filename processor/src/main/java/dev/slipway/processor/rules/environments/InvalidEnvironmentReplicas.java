package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.plan.Environment;
import dev.slipway.processor.plan.Replicas;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-ENVS-007: an environment's replica range is one the workload can run: not negative, {@code
 * max} only where an autoscaler owns the count, neither on a job (one pod per run), and the floor
 * at most the ceiling.
 */
public final class InvalidEnvironmentReplicas extends ServiceRule {

  public InvalidEnvironmentReplicas() {
    super(
        "SLW-ENVS-007",
        Severity.ERROR,
        "@Environment(min, max) is a replica range the workload can run",
        "A negative count, or a floor above the ceiling, makes Kubernetes reject the environment's"
            + " autoscaler; a ceiling without an autoscaler, or replicas of a job, would be"
            + " silently ignored.",
        "Write min (and, with @Scaling(max > min), max) so that 1 <= min <= max; leave both at 0"
            + " to inherit.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Replicas base = Overrides.base(service);
    List<Finding> findings = new ArrayList<>();
    for (EnvironmentModel e : Overrides.checked(service, compilation)) {
      Optional<Finding> problem = problem(service, compilation, base, e);
      if (problem.isPresent()) {
        findings.add(problem.get());
      }
    }
    return findings.stream();
  }

  private Optional<Finding> problem(
      ServiceModel service, Compilation compilation, Replicas base, EnvironmentModel e) {
    Attribute<Integer> min = Overrides.of(e, "min", e.min());
    Attribute<Integer> max = Overrides.of(e, "max", e.max());
    boolean minSet = min.value() != 0;
    boolean maxSet = max.value() != 0;
    if (service.isJob() && (minSet || maxSet)) {
      return Optional.of(
          finding(
              minSet ? min : max,
              "sets replicas of "
                  + service.serviceName()
                  + ", a job, which runs one pod per run; remove it"));
    }
    for (Attribute<Integer> count : List.of(min, max)) {
      if (count.value() < 0) {
        return Optional.of(
            finding(count, "is negative; write a replica count of at least 1, or 0 to inherit"));
      }
    }
    if (maxSet && !base.autoscaled()) {
      return Optional.of(
          finding(
              max,
              "sets an autoscaler ceiling, but "
                  + service.serviceName()
                  + " runs a fixed replica count without one; set min, the count in "
                  + e.environment()
                  + ", instead"));
    }
    if (!base.autoscaled()) {
      return Optional.empty();
    }
    Environment.Tier tier =
        Overrides.tier(e.environment(), compilation).orElse(Environment.Tier.STAGING);
    int effectiveMin = minSet ? min.value() : tier.replicas(base.min());
    int effectiveMax = maxSet ? max.value() : base.max();
    if (effectiveMin > effectiveMax) {
      Attribute<Integer> at = maxSet ? max : min;
      return Optional.of(
          finding(
              at,
              "leaves "
                  + e.environment()
                  + " with min = "
                  + effectiveMin
                  + " above max = "
                  + effectiveMax
                  + "; the autoscaler's floor cannot exceed its ceiling: "
                  + (maxSet
                      ? "raise max to at least " + effectiveMin
                      : "lower min to at most " + effectiveMax)));
    }
    return Optional.empty();
  }
}
