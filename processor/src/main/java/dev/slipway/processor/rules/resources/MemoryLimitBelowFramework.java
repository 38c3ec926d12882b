package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Framework;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-RES-010: the memory limit holds what the service's framework needs outside the heap plus a
 * heap it can serve with. The floors are measured on the example apps (see {@code
 * docs/kubernetes.md}, "The JVM in its container").
 */
public final class MemoryLimitBelowFramework extends ServiceRule {

  public MemoryLimitBelowFramework() {
    super(
        "SLW-RES-010",
        Severity.ERROR,
        Guard.READINESS,
        "@Resources(memoryLimit) holds the framework's JVM",
        "A JVM needs memory outside its heap (metaspace, code cache, thread stacks, GC structures)"
            + " before the heap gets any: below the framework's floor the pod is OOM-killed at"
            + " start or under the first load.",
        "Raise memoryLimit to at least the floor the message names (128Mi on the Slipway runtime,"
            + " 256Mi on Spring Boot, Quarkus and Micronaut).");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Attribute<String> limit =
        Attribute.of("Resources", "memoryLimit", service.resources().memoryLimit());
    Optional<Quantity> parsed = Quantity.parse(limit.value());
    // below 16Mi it is a missing unit, which SLW-RES-007 reports
    if (parsed.isEmpty()
        || parsed.get().value().compareTo(Quantity.MEBIBYTE.multiply(BigDecimal.valueOf(16))) < 0) {
      return Stream.empty();
    }
    Optional<String> problem = belowFloor(compilation.platform().framework(), parsed.get(), "");
    return problem.isEmpty() ? Stream.empty() : Stream.of(finding(limit, problem.get()));
  }

  /**
   * What is wrong with {@code limit} when it is below {@code framework}'s floor, for a finding on
   * the attribute; {@code where} follows "needs", such as {@code " in dev"} (SLW-ENVS-006).
   */
  public static Optional<String> belowFloor(Framework framework, Quantity limit, String where) {
    BigDecimal floor = BigDecimal.valueOf(framework.minimumLimitMiB()).multiply(Quantity.MEBIBYTE);
    if (limit.value().compareTo(floor) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "is less than the "
            + framework.minimumLimitMiB()
            + "Mi a "
            + framework.title()
            + " service needs"
            + where
            + ": "
            + framework.nativeMiB()
            + "Mi outside the heap and a "
            + (framework.minimumLimitMiB() - framework.nativeMiB())
            + "Mi heap, or the pod is OOM-killed under load; raise memoryLimit to at least \""
            + framework.minimumLimitMiB()
            + "Mi\"");
  }
}
