package dev.slipway.processor.rules.bluegreen;

import dev.slipway.processor.model.BlueGreenModel;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-BG-001: {@code promotionDelay} and {@code scaleDownDelay} are durations of whole seconds,
 * because the Rollout counts both in seconds ({@code autoPromotionSeconds},
 * {@code scaleDownDelaySeconds}).
 */
public final class InvalidBlueGreenDelay extends ServiceRule {

  public InvalidBlueGreenDelay() {
    super(
        "SLW-BG-001",
        Severity.ERROR,
        "@BlueGreen(promotionDelay, scaleDownDelay) are durations of whole seconds",
        "Argo Rollouts counts the promotion and scale-down delays in whole seconds; anything else"
            + " cannot be written into the Rollout.",
        "Write a duration such as \"1m\", \"90s\" or \"2h\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.blueGreen().stream()
        .flatMap(
            (BlueGreenModel blueGreen) ->
                Stream.of(
                        problem("promotionDelay", blueGreen.promotionDelay()),
                        problem("scaleDownDelay", blueGreen.scaleDownDelay()))
                    .flatMap(Optional::stream));
  }

  private Optional<Finding> problem(String attribute, Located<String> delay) {
    Optional<Duration> parsed = Durations.parse(delay.value());
    String what;
    if (parsed.isEmpty()) {
      what = "is not a duration";
    } else if (parsed.get().toMillis() % 1000 != 0) {
      what = "is not a whole number of seconds";
    } else {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            delay.origin(),
            "@BlueGreen(" + attribute + " = \"" + delay.value() + "\") " + what
                + "; write a duration of whole seconds such as \"1m\", \"90s\" or \"2h\""));
  }
}
