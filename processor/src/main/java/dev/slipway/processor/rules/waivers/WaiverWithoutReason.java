package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.WaiverModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Severity;
import java.util.Optional;

/** SLW-WVR-002: a waiver says why; without a reason it waives nothing. */
public final class WaiverWithoutReason extends WaiverRule {

  public WaiverWithoutReason() {
    super(
        "SLW-WVR-002",
        Severity.ERROR,
        "@Waive(reason) is not blank",
        "The reason is what a reviewer and the next owner read to judge the exception; a waiver"
            + " without one is not applied.",
        "Write why the rule does not apply to this service.");
  }

  @Override
  public Optional<Finding> check(ServiceModel service, Waiver waiver) {
    WaiverModel w = waiver.annotation();
    if (!w.reason().value().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            w.reason().origin(),
            Describe.attribute("Waive", "rule", w.rule().value())
                + " has a blank reason = "
                + Describe.literal(w.reason().value())
                + ", so it is not applied; write why the rule does not apply to this"
                + " service"));
  }
}
