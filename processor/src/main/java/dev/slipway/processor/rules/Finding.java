package dev.slipway.processor.rules;

import dev.slipway.processor.model.Origin;

/**
 * One problem found by a rule, at the attribute the user should change.
 *
 * @param message the full diagnostic, starting with {@code [<rule id>]}
 */
public record Finding(Rule rule, Origin origin, String message) {

  public Severity severity() {
    return rule.severity();
  }
}
