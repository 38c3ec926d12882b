package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** SLW-HLT-003: probe timings are durations such as {@code "10s"}. */
public final class InvalidProbeTiming extends ServiceRule {

  private static final Grammar<String> DURATION =
      Grammar.holds(text -> Durations.parse(text).isPresent(), "is not a duration");

  private static final Map<String, String> ADVICE =
      Map.of(
          "period", "write whole seconds with a unit, e.g. \"10s\"",
          "timeout", "write whole seconds with a unit, e.g. \"2s\"",
          "initialDelay", "write whole seconds with a unit, e.g. \"0s\"");

  public InvalidProbeTiming() {
    super(
        "SLW-HLT-003",
        Severity.ERROR,
        "@HealthCheck period, timeout and initialDelay are durations",
        "A timing Slipway cannot read cannot be turned into the probe's seconds fields.",
        "Write a number with a unit, e.g. \"10s\" or \"1m\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (Attribute<String> timing : ProbeTimings.of(service)) {
      findings.addAll(checkGrammar(timing, DURATION, ADVICE.get(timing.member())).toList());
    }
    return findings.stream();
  }
}
