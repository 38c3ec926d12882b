package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Rule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-WVR-002: a waiver says why; without a reason it waives nothing. */
public final class WaiverWithoutReason extends Rule {

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
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.waivers().stream()
        .filter(w -> w.reason().value().isBlank())
        .map(
            w ->
                finding(
                    w.reason().origin(),
                    Describe.attribute("Waive", "rule", w.rule().value())
                        + " has a blank reason = "
                        + Describe.literal(w.reason().value())
                        + ", so it is not applied; write why the rule does not apply to this"
                        + " service"));
  }
}
