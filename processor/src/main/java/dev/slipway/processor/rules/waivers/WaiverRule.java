package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Rule;
import dev.slipway.processor.rules.Severity;
import java.util.Optional;

/**
 * A rule about one of a service's waivers. The engine applies it once it has run the service rules,
 * because only the engine knows which rules exist, which were waived and what they found; the rule
 * itself never looks the other rules up. Waiver rules guard validity: they are never waivable.
 */
public abstract class WaiverRule extends Rule {

  protected WaiverRule(String id, Severity severity, String title, String reason, String fix) {
    super(id, severity, title, reason, fix);
  }

  /** The finding on {@code waiver}, if any. */
  public abstract Optional<Finding> check(ServiceModel service, Waiver waiver);
}
