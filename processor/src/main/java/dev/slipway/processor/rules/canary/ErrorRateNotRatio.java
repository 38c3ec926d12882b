package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-CAN-005: the error-rate bound is a ratio strictly between 0 and 1. */
public final class ErrorRateNotRatio extends ServiceRule {

  private static final String ADVICE =
      "write the highest acceptable share of failed requests as a fraction, e.g. 0.01 for 1 %";

  public ErrorRateNotRatio() {
    super(
        "SLW-CAN-005",
        Severity.ERROR,
        "@Canary(maxErrorRate) is a ratio in (0, 1)",
        "The analysis compares the canary's share of 5xx responses with it: 0 aborts on the first"
            + " error, 1 or more can never fail (5 was probably meant as 5 %).",
        "Write the highest acceptable share of failed requests as a fraction, e.g. 0.01 for 1 %.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.canary().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Canary", "maxErrorRate", service.canary().get().maxErrorRate()),
        Grammar.RATIO,
        ADVICE);
  }
}
