package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.rules.resources.ImplausibleCpu;
import dev.slipway.processor.rules.resources.InvalidQuantity;
import dev.slipway.processor.values.Quantity;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-ENVS-005: the quantities of an {@code @Environment} are what {@code @Resources} accepts:
 * valid, non-negative Kubernetes quantities (SLW-RES-001), memory in whole bytes (SLW-RES-002), CPU
 * at most 64 cores (SLW-RES-009).
 */
public final class InvalidEnvironmentQuantity extends ServiceRule {

  public InvalidEnvironmentQuantity() {
    super(
        "SLW-ENVS-005",
        Severity.ERROR,
        "@Environment quantities are valid Kubernetes quantities",
        "Kubernetes rejects a container whose requests or limits do not parse or are negative, so"
            + " the environment's overlay would not apply; \"512m\" memory is 0.512 bytes and \"500\""
            + " CPU is 500 cores.",
        "Write CPU as \"250m\" or \"0.5\" and memory as \"256Mi\" or \"1Gi\", as in @Resources.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return Overrides.checked(service, compilation).stream().flatMap(this::check);
  }

  private Stream<Finding> check(EnvironmentModel e) {
    return Stream.of(
            quantity(e, Overrides.of(e, "cpu", e.cpu()), false),
            quantity(e, Overrides.of(e, "memory", e.memory()), true),
            quantity(e, Overrides.of(e, "cpuLimit", e.cpuLimit()), false),
            quantity(e, Overrides.of(e, "memoryLimit", e.memoryLimit()), true))
        .flatMap(Optional::stream);
  }

  private Optional<Finding> quantity(
      EnvironmentModel e, Attribute<String> attribute, boolean memory) {
    if (attribute.value().isEmpty()) {
      return Optional.empty();
    }
    String where = " in " + e.environment();
    Optional<String> invalid = InvalidQuantity.problem(attribute.value());
    if (invalid.isPresent()) {
      return Optional.of(
          finding(
              attribute,
              invalid.get()
                  + "; write a number with an optional suffix, e.g. "
                  + (memory ? "\"256Mi\" or \"1Gi\"" : "\"250m\" or \"0.5\"")));
    }
    Quantity quantity = Quantity.parse(attribute.value()).orElseThrow();
    if (memory && quantity.hasFraction()) {
      return Optional.of(
          finding(
              attribute,
              "is not a whole number of bytes"
                  + (quantity.suffix().equals("m") ? " ('m' means milli)" : "")
                  + "; write whole bytes with a unit such as \"Mi\" or \"Gi\""));
    }
    if (!memory && !ImplausibleCpu.plausible(quantity)) {
      return Optional.of(
          finding(
              attribute,
              "is more than 64 cores, so no node could run it"
                  + where
                  + "; write millicores with 'm', e.g. \"500m\""));
    }
    return Optional.empty();
  }
}
