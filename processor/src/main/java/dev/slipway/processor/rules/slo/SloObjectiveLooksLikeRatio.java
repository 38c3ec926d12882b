package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * SLW-SLO-002: an objective below 1 % is almost always a ratio written where a percentage belongs.
 */
public final class SloObjectiveLooksLikeRatio extends ServiceRule {

  public SloObjectiveLooksLikeRatio() {
    super(
        "SLW-SLO-002",
        Severity.WARNING,
        Guard.READINESS,
        "SLO objectives below 1 % look like ratios",
        "0.999 means 0.999 %, an objective so low that no alert would ever fire",
        "write 99.9 for 99.9 %");
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
    if (!(value > 0 && value < 1)) {
      return Stream.empty(); // NaN and out of range are SLW-SLO-001 errors
    }
    return Stream.of(
        finding(
            objective.origin(),
            "@Slo("
                + attribute
                + " = "
                + value
                + ") means "
                + value
                + " % of requests; write a percentage: "
                + BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString()));
  }
}
