package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Framework;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.rules.resources.MemoryLimitBelowFramework;
import dev.slipway.processor.values.Quantity;
import java.util.stream.Stream;

/**
 * SLW-ENVS-006: an environment's memory limit holds the framework's JVM, as SLW-RES-010 checks for
 * {@code @Resources}: a dev environment squeezed below the floor is OOM-killed at start.
 */
public final class EnvironmentMemoryBelowFramework extends ServiceRule {

  public EnvironmentMemoryBelowFramework() {
    super(
        "SLW-ENVS-006",
        Severity.ERROR,
        Guard.READINESS,
        "@Environment(memoryLimit) holds the framework's JVM",
        "A JVM needs memory outside its heap before the heap gets any: below the framework's"
            + " floor the environment's pods are OOM-killed at start or under the first load.",
        "Raise the environment's memoryLimit to at least the floor the message names (128Mi on"
            + " the Slipway runtime, 256Mi on Spring Boot, Quarkus and Micronaut).");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Framework framework = compilation.platform().framework();
    return Overrides.checked(service, compilation).stream()
        .filter(e -> Overrides.set(e.memoryLimit()))
        .flatMap(
            e -> {
              Attribute<String> limit = Overrides.of(e, "memoryLimit", e.memoryLimit());
              return Quantity.parse(limit.value())
                  .filter(q -> !q.isNegative())
                  .flatMap(
                      q ->
                          MemoryLimitBelowFramework.belowFloor(
                              framework, q, " in " + e.environment()))
                  .map(what -> finding(limit, what))
                  .stream();
            });
  }
}
