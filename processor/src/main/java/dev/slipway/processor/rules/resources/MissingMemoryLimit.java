package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Quantity;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-RES-006: the memory limit is set (kube-linter unset-memory-requirements). */
public final class MissingMemoryLimit extends ServiceRule {

  public MissingMemoryLimit() {
    super(
        "SLW-RES-006",
        Severity.ERROR,
        Guard.READINESS,
        "@Resources(memoryLimit) is set and not zero",
        "Without a memory limit one leaking pod can take all of a node's memory and get its"
            + " neighbours OOM-killed.",
        "Set memoryLimit above the peak use, e.g. \"512Mi\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Attribute<String> limit =
        Attribute.of("Resources", "memoryLimit", service.resources().memoryLimit());
    boolean unset = limit.value().isEmpty();
    Optional<Quantity> parsed = Quantity.parse(limit.value());
    if (!unset && (parsed.isEmpty() || !parsed.get().isZero())) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            limit,
            (unset ? "is not set" : "is zero")
                + ", so one leaking pod can take the node's memory; set it above the peak use, e.g."
                + " \"512Mi\""));
  }
}
