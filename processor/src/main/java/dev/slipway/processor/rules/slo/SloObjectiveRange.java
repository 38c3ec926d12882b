package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-SLO-001: both SLO objectives are percentages strictly between 0 and 100. */
public final class SloObjectiveRange extends ServiceRule {

  private static final Grammar<Double> PERCENTAGE =
      Grammar.holds(
          value -> value > 0 && value < 100,
          "is not a percentage in (0, 100), and 100 would leave no error budget");

  private static final String ADVICE = "write the objective as a percentage, e.g. 99.9";

  public SloObjectiveRange() {
    super(
        "SLW-SLO-001",
        Severity.ERROR,
        "@Slo(availability, latencyTarget) are percentages in (0, 100)",
        "The error budget is what the objective leaves: 100 % leaves none (the burn-rate alerts"
            + " would divide by zero), and 0 % or less is no objective at all.",
        "Write the objective as a percentage, e.g. 99.9 for 99.9 %.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (Attribute<Double> objective : Objectives.of(service)) {
      findings.addAll(checkGrammar(objective, PERCENTAGE, ADVICE).toList());
    }
    return findings.stream();
  }
}
