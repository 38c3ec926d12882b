package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Severity;
import java.util.Optional;

/**
 * SLW-WVR-004: a waiver still waives something. The engine runs a waived rule regardless of the
 * profile, so a waiver is judged the same in dev and production builds.
 */
public final class UnusedWaiver extends WaiverRule {

  public UnusedWaiver() {
    super(
        "SLW-WVR-004",
        Severity.WARNING,
        "Each @Waive waives a rule that finds something",
        "A stale waiver silently exempts the service when the problem comes back later.",
        "Remove the waiver.");
  }

  @Override
  public Optional<Finding> check(ServiceModel service, Waiver waiver) {
    if (!waiver.applies() || waiver.waivedFindings()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            Attribute.of("Waive", "rule", waiver.annotation().rule()),
            "waives nothing: the rule finds no problem on "
                + service.serviceName()
                + "; remove the stale waiver"));
  }
}
