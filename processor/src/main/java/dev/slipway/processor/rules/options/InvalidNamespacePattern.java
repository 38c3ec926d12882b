package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SLW-OPT-009: {@code slipway.namespace} is a namespace name with placeholders: lowercase letters,
 * digits and '-' around {@code {env}}, {@code {team}} and {@code {service}}, starting and ending
 * with a letter, digit or placeholder. What the placeholders are replaced with is checked per
 * service by SLW-OPT-011.
 */
public final class InvalidNamespacePattern extends OptionRule {

  static final List<String> PLACEHOLDERS = List.of("{env}", "{team}", "{service}");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

  private static final String GRAMMAR =
      "a namespace is lowercase letters, digits and '-', starting and ending with a letter or digit";

  public InvalidNamespacePattern() {
    super(
        "SLW-OPT-009",
        Severity.ERROR,
        "-Aslipway.namespace is a namespace name with {env}, {team} and {service} placeholders",
        "Every overlay and every Namespace object takes its name from the pattern; '_', an"
            + " uppercase letter or an unknown placeholder gives names Kubernetes rejects.",
        "Use lowercase letters, digits, '-' and the placeholders {env}, {team} and {service}, e.g."
            + " -Aslipway.namespace={team}-{env}.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    String pattern = options.namespace();
    Optional<String> problem = problem(pattern);
    if (problem.isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            written(options, Options.NAMESPACE)
                + " "
                + problem.get()
                + "; write e.g. -Aslipway.namespace="
                + suggestion(pattern)));
  }

  /** What is wrong with {@code pattern}, or empty. */
  static Optional<String> problem(String pattern) {
    if (pattern.isEmpty()) {
      return Optional.of("is empty");
    }
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    while (placeholder.find()) {
      if (!PLACEHOLDERS.contains(placeholder.group())) {
        return Optional.of(
            "has the placeholder "
                + placeholder.group()
                + "; the placeholders are {env}, {team} and {service}");
      }
    }
    String literal = pattern.replace("{env}", "").replace("{team}", "").replace("{service}", "");
    if (literal.contains("{") || literal.contains("}")) {
      return Optional.of("has a '{' or '}' that is not part of {env}, {team} or {service}");
    }
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return Optional.of("contains " + Describe.literal(String.valueOf(c)) + ", but " + GRAMMAR);
      }
    }
    if (pattern.startsWith("-") || pattern.endsWith("-")) {
      return Optional.of("starts or ends with '-', but " + GRAMMAR);
    }
    return Optional.empty();
  }

  /**
   * The pattern as it was probably meant: {@code {team}_{env}} as {@code {team}-{env}}; always
   * valid.
   */
  private static String suggestion(String pattern) {
    StringBuilder out = new StringBuilder();
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    int from = 0;
    while (placeholder.find()) {
      out.append(literal(pattern.substring(from, placeholder.start())));
      if (PLACEHOLDERS.contains(placeholder.group())) {
        out.append(placeholder.group());
      }
      from = placeholder.end();
    }
    out.append(literal(pattern.substring(from)));
    String meant = out.toString().replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
    return problem(meant).isEmpty() && meant.contains("{env}") ? meant : "{team}-{env}";
  }

  private static String literal(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
  }
}
