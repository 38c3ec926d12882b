package dev.slipway.processor.rules.waivers;

import dev.slipway.processor.model.WaiverModel;
import dev.slipway.processor.rules.Rule;
import java.util.Optional;

/**
 * One {@code @Waive} of a service, as the engine judged it once it had run the rules.
 *
 * @param annotation the waiver as written
 * @param rule the rule it names, if there is one of that id
 * @param waivedFindings whether that rule was waived and still found something on the service
 */
public record Waiver(WaiverModel annotation, Optional<Rule> rule, boolean waivedFindings) {

  /** Whether a waiver switches {@code rule} off: it gives a reason, and the rule is waivable. */
  public static boolean applies(WaiverModel annotation, Optional<Rule> rule) {
    return !annotation.reason().value().isBlank() && rule.isPresent() && rule.get().waivable();
  }

  public boolean applies() {
    return applies(annotation, rule);
  }
}
