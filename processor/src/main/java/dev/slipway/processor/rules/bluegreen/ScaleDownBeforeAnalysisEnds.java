package dev.slipway.processor.rules.bluegreen;

import dev.slipway.processor.model.BlueGreenModel;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-BG-005: the old version outlives the post-promotion analysis, which lasts {@code
 * promotionDelay}: removed earlier, it is not there for a failed analysis to switch back to, and
 * Argo Rollouts cuts that analysis short.
 */
public final class ScaleDownBeforeAnalysisEnds extends ServiceRule {

  public ScaleDownBeforeAnalysisEnds() {
    super(
        "SLW-BG-005",
        Severity.WARNING,
        Guard.READINESS,
        "@BlueGreen(scaleDownDelay) is at least promotionDelay",
        "After the switch the new version is analysed for promotionDelay again; the old version"
            + " must still run by then, or a failure has nothing to switch back to.",
        "Raise scaleDownDelay to at least promotionDelay.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.blueGreen().isEmpty()) {
      return Stream.empty();
    }
    return problem(service.blueGreen().get()).stream();
  }

  private Optional<Finding> problem(BlueGreenModel blueGreen) {
    Optional<Duration> analysis = Durations.parse(blueGreen.promotionDelay().value());
    Optional<Duration> scaleDown = Durations.parse(blueGreen.scaleDownDelay().value());
    if (analysis.isEmpty()
        || scaleDown.isEmpty()
        || scaleDown.get().compareTo(analysis.get()) >= 0) {
      return Optional.empty(); // SLW-BG-001 reports what does not parse
    }
    String promotionDelay = Describe.literal(blueGreen.promotionDelay().value());
    return Optional.of(
        finding(
            Attribute.of("BlueGreen", "scaleDownDelay", blueGreen.scaleDownDelay()),
            "is shorter than promotionDelay = "
                + promotionDelay
                + ", the post-promotion analysis:"
                + " the old version would be gone before a failure could switch back to it; raise"
                + " scaleDownDelay to at least "
                + promotionDelay));
  }
}
