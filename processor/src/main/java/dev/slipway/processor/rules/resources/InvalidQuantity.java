package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-RES-001: requests and limits are non-negative Kubernetes quantities. */
public final class InvalidQuantity extends ServiceRule {

  /** A quantity, or "" for unset. */
  private static final Grammar<String> QUANTITY = Grammar.emptyOr(InvalidQuantity::problem);

  private static final String CPU_ADVICE =
      "write a number with an optional suffix, e.g. \"250m\" or \"0.5\"";
  private static final String MEMORY_ADVICE =
      "write a number with an optional suffix, e.g. \"256Mi\" or \"1Gi\"";

  public InvalidQuantity() {
    super(
        "SLW-RES-001",
        Severity.ERROR,
        "@Resources values are valid, non-negative Kubernetes quantities",
        "Kubernetes rejects a Deployment whose requests or limits do not parse as quantities or"
            + " are negative.",
        "Write a number with an optional suffix: CPU \"250m\", \"0.5\", \"2\"; memory \"256Mi\","
            + " \"1Gi\", \"1G\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (ResourceQuantities q : ResourceQuantities.of(service.resources())) {
      findings.addAll(
          checkGrammar(q.attribute(), QUANTITY, q.memory() ? MEMORY_ADVICE : CPU_ADVICE).toList());
    }
    return findings.stream();
  }

  /** What is wrong with {@code text} as a quantity, if anything: unparseable or negative. */
  public static Optional<String> problem(String text) {
    Optional<Quantity> parsed = Quantity.parse(text);
    if (parsed.isEmpty()) {
      return Optional.of("is not a Kubernetes quantity");
    }
    return parsed.get().isNegative() ? Optional.of("is negative") : Optional.empty();
  }
}
