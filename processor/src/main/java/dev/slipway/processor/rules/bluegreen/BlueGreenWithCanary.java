package dev.slipway.processor.rules.bluegreen;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Origin;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/**
 * SLW-BG-004: a service ships either as a canary or blue-green. Reported on whichever of the two
 * annotations comes second in the source, the one that was most likely added by mistake.
 */
public final class BlueGreenWithCanary extends ServiceRule {

  public BlueGreenWithCanary() {
    super(
        "SLW-BG-004",
        Severity.ERROR,
        "A service is not both @Canary and @BlueGreen",
        "A Rollout has exactly one strategy; Slipway cannot tell which one was meant.",
        "Keep @Canary to shift traffic step by step, or @BlueGreen to switch all of it at once"
            + " after analysis.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.canary().isEmpty() || service.blueGreen().isEmpty()) {
      return Stream.empty();
    }
    boolean blueGreenSecond =
        service.blueGreen().get().position() > service.canary().get().position();
    Origin second =
        blueGreenSecond ? service.blueGreen().get().origin() : service.canary().get().origin();
    String kept = blueGreenSecond ? "@Canary" : "@BlueGreen";
    String dropped = blueGreenSecond ? "@BlueGreen" : "@Canary";
    return Stream.of(
        finding(
            second.annotationOnly(),
            dropped
                + " cannot be added to "
                + service.serviceName()
                + ", which is already "
                + kept
                + ": a Rollout has one strategy; keep @Canary to shift traffic step by"
                + " step, or @BlueGreen to switch all of it at once after analysis"));
  }
}
