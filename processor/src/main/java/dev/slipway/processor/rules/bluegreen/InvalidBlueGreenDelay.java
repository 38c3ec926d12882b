package dev.slipway.processor.rules.bluegreen;

import dev.slipway.processor.model.BlueGreenModel;
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
 * SLW-BG-001: {@code promotionDelay} and {@code scaleDownDelay} are durations of whole seconds,
 * because the Rollout counts both in seconds ({@code autoPromotionSeconds}, {@code
 * scaleDownDelaySeconds}).
 */
public final class InvalidBlueGreenDelay extends ServiceRule {

  private static final Grammar<String> WHOLE_SECONDS =
      text -> {
        Optional<Duration> delay = Durations.parse(text);
        if (delay.isEmpty()) {
          return Optional.of("is not a duration");
        }
        return delay.get().toMillis() % 1000 == 0
            ? Optional.empty()
            : Optional.of("is not a whole number of seconds");
      };

  private static final String ADVICE =
      "write a duration of whole seconds such as \"1m\", \"90s\" or \"2h\"";

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
    if (service.blueGreen().isEmpty()) {
      return Stream.empty();
    }
    BlueGreenModel blueGreen = service.blueGreen().get();
    return Stream.concat(
        checkGrammar(
            Attribute.of("BlueGreen", "promotionDelay", blueGreen.promotionDelay()),
            WHOLE_SECONDS,
            ADVICE),
        checkGrammar(
            Attribute.of("BlueGreen", "scaleDownDelay", blueGreen.scaleDownDelay()),
            WHOLE_SECONDS,
            ADVICE));
  }
}
