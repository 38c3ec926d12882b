package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Rule;
import dev.slipway.processor.rules.Rulebook;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/**
 * SLW-WVR-004: a waiver still waives something. The waived rule is run regardless of the
 * profile, so a waiver is judged the same in dev and production builds.
 */
public final class UnusedWaiver extends Rule {

  public UnusedWaiver() {
    super(
        "SLW-WVR-004",
        Severity.WARNING,
        "Each @Waive waives a rule that finds something",
        "A stale waiver silently exempts the service when the problem comes back later.",
        "Remove the waiver.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.waivers().stream()
        .filter(w -> !w.reason().value().isBlank())
        .filter(
            w ->
                Rulebook.byId(w.rule().value())
                    .filter(Rule::waivable)
                    .filter(rule -> rule.check(service, compilation).findAny().isEmpty())
                    .isPresent())
        .map(
            w ->
                finding(
                    w.rule().origin(),
                    Describe.attribute("Waive", "rule", w.rule().value())
                        + " waives nothing: the rule finds no problem on "
                        + service.serviceName()
                        + "; remove the stale waiver"));
  }
}
