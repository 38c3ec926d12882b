package dev.slipway.processor.rules.lifecycle;

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

/**
 * SLW-LIF-001: {@code drain} is a duration and {@code gracePeriod} a whole number of seconds, at
 * least 1s ({@code terminationGracePeriodSeconds} is an integer and 0 kills at once).
 */
public final class InvalidLifecycleDuration extends ServiceRule {

  private static final Grammar<String> DRAIN =
      Grammar.holds(
          text -> Durations.parse(text).isPresent(),
          "is not a duration; write a number with a unit, e.g. \"10s\"");

  private static final Grammar<String> GRACE_PERIOD = InvalidLifecycleDuration::gracePeriodProblem;

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
        checkGrammar(Attribute.of("Service", "drain", service.drain()), DRAIN),
        checkGrammar(Attribute.of("Service", "gracePeriod", service.gracePeriod()), GRACE_PERIOD));
  }

  private static Optional<String> gracePeriodProblem(String text) {
    Optional<Duration> parsed = Durations.parse(text);
    if (parsed.isEmpty()) {
      return Optional.of("is not a duration; write a number with a unit, e.g. \"30s\"");
    }
    if (parsed.get().toMillis() % 1000 != 0) {
      return Optional.of(
          "is not a whole number of seconds, which terminationGracePeriodSeconds needs; write e.g. \""
              + (parsed.get().toSeconds() + 1)
              + "s\"");
    }
    if (parsed.get().isZero()) {
      return Optional.of(
          "is zero, so Kubernetes kills the process without any shutdown; use e.g. \"30s\"");
    }
    return Optional.empty();
  }
}
