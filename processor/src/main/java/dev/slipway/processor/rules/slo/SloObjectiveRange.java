package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SLO-001: both SLO objectives are percentages strictly between 0 and 100. */
public final class SloObjectiveRange extends ServiceRule {

  public SloObjectiveRange() {
    super(
        "SLW-SLO-001",
        Severity.ERROR,
        "SLO objectives are percentages in (0, 100)",
        "100 % leaves no error budget (the burn-rate alerts would divide by zero) and 0 % or less"
            + " is no objective",
        "write the objective as a percentage such as 99.9");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return Stream.of(
            check(service.slo().availability(), "availability"),
            check(service.slo().latencyTarget(), "latencyTarget"))
        .flatMap(s -> s);
  }

  private Stream<Finding> check(Located<Double> objective, String attribute) {
    double value = objective.value();
    if (value > 0 && value < 100) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            objective.origin(),
            "@Slo("
                + attribute
                + " = "
                + value
                + ") is not a percentage in (0, 100), and 100 would leave no error budget;"
                + " write the objective as a percentage, e.g. 99.9"));
  }
}
