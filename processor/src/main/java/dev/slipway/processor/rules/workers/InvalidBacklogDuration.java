package dev.slipway.processor.rules.workers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.stream.Stream;

/** SLW-WRK-007: the backlog alert waits whole minutes. */
public final class InvalidBacklogDuration extends ServiceRule {

  static final Grammar<String> WHOLE_MINUTES =
      Grammar.holds(
          text ->
              Durations.parse(text)
                  .filter(d -> d.compareTo(Duration.ofMinutes(1)) >= 0 && d.toSeconds() % 60 == 0)
                  .isPresent(),
          "is not a duration of whole minutes, at least 1m");

  public InvalidBacklogDuration() {
    super(
        "SLW-WRK-007",
        Severity.ERROR,
        "@Backlog(duration) is whole minutes, at least 1m",
        "It is the alert's 'for', which Slipway writes in whole minutes so that a short spike of"
            + " work does not page.",
        "Write a duration such as \"10m\" or \"1h\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.backlog().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Backlog", "duration", service.backlog().get().duration()),
        WHOLE_MINUTES,
        "write how long the backlog may stay high, e.g. \"10m\"");
  }
}
