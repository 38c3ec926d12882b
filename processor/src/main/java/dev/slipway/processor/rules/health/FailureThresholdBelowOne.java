package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-HLT-006: the failure threshold is at least 1. */
public final class FailureThresholdBelowOne extends ServiceRule {

  private static final Grammar<Integer> AT_LEAST_ONE = Grammar.atLeast(1);

  private static final String ADVICE =
      "set the number of consecutive failures that count as failed, e.g. 3";

  public FailureThresholdBelowOne() {
    super(
        "SLW-HLT-006",
        Severity.ERROR,
        "@HealthCheck(failureThreshold) is at least 1",
        "Kubernetes rejects a negative threshold and silently replaces 0 by its default of 3.",
        "Set the number of consecutive failures that count as failed, e.g. 3.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.healthCheck().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of(
            "HealthCheck", "failureThreshold", service.healthCheck().get().failureThreshold()),
        AT_LEAST_ONE,
        ADVICE);
  }
}
