package dev.slipway.processor.rules.lifecycle;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-LIF-001: {@code drain} is a duration and {@code gracePeriod} a whole number of seconds, at
 * least 1s ({@code terminationGracePeriodSeconds} is an integer and 0 kills at once).
 */
public final class InvalidLifecycleDuration extends ServiceRule {

  public InvalidLifecycleDuration() {
    super(
        "SLW-LIF-001",
        Severity.ERROR,
        "@Service(drain) is a duration; gracePeriod whole seconds, at least 1s",
        "The pod's terminationGracePeriodSeconds is whole seconds, and 0 kills the process"
            + " without any shutdown at all.",
        "Write durations such as drain = \"10s\", gracePeriod = \"30s\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return Stream.concat(
        check("drain", service.drain(), false), check("gracePeriod", service.gracePeriod(), true));
  }

  private Stream<Finding> check(String member, Located<String> value, boolean wholeSeconds) {
    return problem(value, wholeSeconds).stream()
        .map(
            problem ->
                finding(
                    value.origin(),
                    Describe.attribute("Service", member, value.value()) + " " + problem));
  }

  private static Optional<String> problem(Located<String> value, boolean wholeSeconds) {
    Optional<Duration> parsed = Durations.parse(value.value());
    if (parsed.isEmpty()) {
      return Optional.of(
          "is not a duration; write a number with a unit, e.g. \"" + (wholeSeconds ? "30s" : "10s") + "\"");
    }
    if (wholeSeconds && parsed.get().toMillis() % 1000 != 0) {
      return Optional.of(
          "is not a whole number of seconds, which terminationGracePeriodSeconds needs; write e.g. \""
              + (parsed.get().toSeconds() + 1)
              + "s\"");
    }
    if (wholeSeconds && parsed.get().isZero()) {
      return Optional.of("is zero, so Kubernetes kills the process without any shutdown; use e.g. \"30s\"");
    }
    return Optional.empty();
  }
}
