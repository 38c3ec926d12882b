package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-CAN-004: the pause is a duration Argo Rollouts accepts (a Go duration, so no days), of at
 * least one whole second (Argo truncates to seconds, and a zero pause skips the bake time).
 */
public final class InvalidCanaryPause extends ServiceRule {

  public InvalidCanaryPause() {
    super(
        "SLW-CAN-004",
        Severity.ERROR,
        "@Canary(pause) is a whole number of seconds, at least 1s, without days",
        "Argo Rollouts parses pauses as Go durations (no 'd' unit) and truncates them to whole"
            + " seconds; a pause under one second gives the analysis no time at all.",
        "Write the bake time per step in s, m or h, for example \"30s\", \"5m\" or \"1h\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.canary().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Canary", "pause", service.canary().get().pause()),
        InvalidCanaryPause::problem);
  }

  private static Optional<String> problem(String pause) {
    Optional<Duration> parsed = Durations.parse(pause);
    if (parsed.isEmpty()) {
      return Optional.of(
          "is not a duration; write the bake time per step in s, m or h, e.g. \"30s\" or \"5m\"");
    }
    if (pause.contains("d")) {
      Duration d = parsed.get();
      String inHours =
          d.toMillis() % Duration.ofHours(1).toMillis() == 0 ? d.toHours() + "h" : "24h";
      return Optional.of(
          "uses days, which Argo Rollouts does not accept (Go durations have no 'd'); write it in"
              + " hours, e.g. \""
              + inHours
              + "\"");
    }
    if (parsed.get().compareTo(Duration.ofSeconds(1)) < 0) {
      return Optional.of(
          "is shorter than 1s, so the canary gets no bake time; pause at least \"30s\"");
    }
    if (parsed.get().toMillis() % 1000 != 0) {
      return Optional.of(
          "is not a whole number of seconds, and Argo Rollouts truncates it; write whole seconds,"
              + " e.g. \""
              + Durations.format(Duration.ofSeconds(parsed.get().toSeconds()))
              + "\"");
    }
    return Optional.empty();
  }
}
