package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
        "@Slo(availability, latencyTarget) are percentages, not ratios below 1",
        "An objective of 0.999 means 0.999 %, so low that no alert would ever fire.",
        "Write the percentage: 99.9 for 99.9 %.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (Attribute<Double> objective : Objectives.of(service)) {
      // NaN and values out of range are SLW-SLO-001 errors
      if (objective.value() > 0 && objective.value() < 1) {
        findings.add(
            finding(
                objective,
                "means "
                    + objective.value()
                    + " % of requests; write a percentage: "
                    + percentage(objective.value())));
      }
    }
    return findings.stream();
  }

  private static String percentage(double ratio) {
    return BigDecimal.valueOf(ratio).movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
