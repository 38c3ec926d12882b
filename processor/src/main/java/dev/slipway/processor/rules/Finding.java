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

  /**
   * This finding as one environment's, at {@code where}: the environment follows the rule's id,
   * {@code [SLW-RES-004] in dev: ...}.
   */
  public Finding in(String environment, Origin where) {
    int body = message.indexOf("] ") + 2;
    return new Finding(
        rule,
        where,
        message.substring(0, body) + "in " + environment + ": " + message.substring(body));
  }
}
