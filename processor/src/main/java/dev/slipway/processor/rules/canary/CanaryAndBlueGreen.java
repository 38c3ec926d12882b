package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Rule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-CAN-007: a service rolls out either as a canary or blue-green, not both. */
public final class CanaryAndBlueGreen extends Rule {

  public CanaryAndBlueGreen() {
    super(
        "SLW-CAN-007",
        Severity.ERROR,
        "@Canary and @BlueGreen are not on the same service",
        "An Argo Rollout has exactly one strategy; Slipway cannot tell which one was meant.",
        "Keep @Canary for gradual traffic shifting or @BlueGreen for a switch after analysis.");
  }

  @Override
  public boolean waivable() {
    return false;
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.canary().isEmpty() || service.blueGreen().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.canary().get().origin(),
            "@Canary and @BlueGreen are both on "
                + service.serviceName()
                + ", but a rollout has one strategy; keep @Canary for gradual traffic shifting or"
                + " @BlueGreen for a switch after analysis"));
  }
}
