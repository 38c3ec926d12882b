package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-CAN-001: a canary needs at least one traffic step. */
public final class NoCanarySteps extends ServiceRule {

  public NoCanarySteps() {
    super(
        "SLW-CAN-001",
        Severity.ERROR,
        "@Canary(steps) is not empty",
        "A canary without steps sends all traffic to the new version at once, unanalysed.",
        "List the canary's traffic shares in percent, for example steps = {10, 25, 50}.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.canary().isEmpty() || !service.canary().get().steps().value().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.canary().get().steps().origin(),
            "@Canary(steps = {}) has no steps, so the new version would take all traffic"
                + " at once; list traffic shares in percent, e.g. steps = {10, 25, 50}"));
  }
}
