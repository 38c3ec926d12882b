package dev.slipway.processor.rules;

import java.util.List;

/**
 * The rules of one family, registered by the family's own package (as kube-score's checks are by
 * their domain's {@code Register}): ids {@code SLW-<code>-nnn} in id order, under one heading in
 * {@code docs/rules.md}.
 *
 * @param code the middle part of the family's rule ids: {@code CAN} in {@code SLW-CAN-001}
 * @param title the family's heading in {@code docs/rules.md}
 */
public record Family(String code, String title, List<Rule> rules) {

  public Family {
    rules = List.copyOf(rules);
  }

  public Family(String code, String title, Rule... rules) {
    this(code, title, List.of(rules));
  }
}
