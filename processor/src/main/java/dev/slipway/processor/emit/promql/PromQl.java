package dev.slipway.processor.emit.promql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds PromQL: selectors and matchers that write values safely, and the few functions and
 * aggregations the generated rules, analyses and panels use, so an expression reads as what it
 * computes. Every label value that Slipway puts into a query goes through {@link #equal} or {@link
 * #matchesRegex}, so a name with a quote, a backslash or a regex metacharacter can never change the
 * meaning of the query.
 */
public final class PromQl {

  /** RE2 metacharacters, which Prometheus regex matchers interpret. */
  private static final String REGEX_METACHARACTERS = "\\.+*?()|[]{}^$";

  private PromQl() {}

  /**
   * A PromQL double-quoted string literal of {@code value}: backslash, double quote and line breaks
   * escaped as in Go string literals, which is what the PromQL lexer reads.
   */
  public static String stringLiteral(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** {@code text} as a regex that matches exactly {@code text}: metacharacters backslashed. */
  public static String regexLiteral(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (REGEX_METACHARACTERS.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** A regex matching exactly one of {@code alternatives}, each taken literally. */
  public static String anyOf(List<String> alternatives) {
    return alternatives.stream().map(PromQl::regexLiteral).collect(Collectors.joining("|"));
  }

  /** The matcher {@code label="value"}. */
  public static String equal(String label, String value) {
    return label + "=" + stringLiteral(value);
  }

  /**
   * The matcher {@code label=~"regex"}; {@code regex} is a regex already, escape parts with {@link
   * #regexLiteral}.
   */
  public static String matchesRegex(String label, String regex) {
    return label + "=~" + stringLiteral(regex);
  }

  /** The matcher {@code label!~"regex"}. */
  public static String notMatchesRegex(String label, String regex) {
    return label + "!~" + stringLiteral(regex);
  }

  /** {@code metric{m1,m2,...}}. */
  public static String selector(String metric, List<String> matchers) {
    return metric + "{" + String.join(",", matchers) + "}";
  }

  /** {@code op by (labels) (expr)}, for example {@code sum by (namespace) (...)}. */
  public static String aggregate(String op, String by, String expr) {
    return op + " by (" + by + ") (" + expr + ")";
  }

  public static String sumBy(String by, String expr) {
    return aggregate("sum", by, expr);
  }

  public static String maxBy(String by, String expr) {
    return aggregate("max", by, expr);
  }

  public static String countBy(String by, String expr) {
    return aggregate("count", by, expr);
  }

  /** {@code sum(expr)}, over all series. */
  public static String sum(String expr) {
    return "sum(" + expr + ")";
  }

  /** {@code max(expr)}, over all series. */
  public static String max(String expr) {
    return "max(" + expr + ")";
  }

  /** {@code rate(selector[range])}. */
  public static String rate(String selector, String range) {
    return rangeFunction("rate", selector, range);
  }

  /** {@code increase(selector[range])}. */
  public static String increase(String selector, String range) {
    return rangeFunction("increase", selector, range);
  }

  /** {@code max_over_time(selector[range])}. */
  public static String maxOverTime(String selector, String range) {
    return rangeFunction("max_over_time", selector, range);
  }

  /** {@code absent(selector)}: 1 when no series matches. */
  public static String absent(String selector) {
    return "absent(" + selector + ")";
  }

  private static String rangeFunction(String function, String selector, String range) {
    return function + "(" + selector + "[" + range + "])";
  }
}
