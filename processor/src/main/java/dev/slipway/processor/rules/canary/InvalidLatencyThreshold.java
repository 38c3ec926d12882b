package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-CAN-006: the p99 latency bound is a positive duration with a unit. */
public final class InvalidLatencyThreshold extends ServiceRule {

  private static final Grammar<String> LATENCY =
      text -> {
        Optional<Duration> latency = Durations.parse(text);
        if (latency.isEmpty()) {
          return Optional.of("is not a duration with a unit");
        }
        return latency.get().isZero()
            ? Optional.of("is zero, so every analysis would fail")
            : Optional.empty();
      };

  private static final String ADVICE =
      "write the p99 latency the canary must stay under, e.g. \"500ms\"";

  public InvalidLatencyThreshold() {
    super(
        "SLW-CAN-006",
        Severity.ERROR,
        "@Canary(maxLatencyP99) is a positive duration with a unit",
        "A bare number has no unit the analysis could trust (milliseconds? seconds?), and a zero"
            + " bound fails every analysis.",
        "Write the p99 latency the canary must stay under with a unit, e.g. \"500ms\" or \"1s\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.canary().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Canary", "maxLatencyP99", service.canary().get().maxLatencyP99()),
        LATENCY,
        ADVICE);
  }
}
