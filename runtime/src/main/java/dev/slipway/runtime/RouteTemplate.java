package dev.slipway.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path template such as {@code /orders/{id}}: literal segments and {@code {name}} segments that
 * match any one non-empty segment. The template, never the raw path, becomes the {@code uri} label
 * of the HTTP metrics, so their cardinality stays bounded.
 */
record RouteTemplate(String template, List<String> segments) {

  private static final Pattern VARIABLE = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_]*}");
  private static final Pattern LITERAL = Pattern.compile("[^{}/]+");

  static RouteTemplate parse(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("a route template starts with '/': " + template);
    }
    List<String> segments = split(template);
    for (String segment : segments) {
      if (!VARIABLE.matcher(segment).matches() && !LITERAL.matcher(segment).matches()) {
        throw new IllegalArgumentException(
            "bad segment '"
                + segment
                + "' in route template "
                + template
                + ": use literal text or a whole-segment variable such as {id}");
      }
    }
    return new RouteTemplate(template, segments);
  }

  /**
   * The path variables when a path of these {@link #split} parts matches, for example {@code
   * {id=42}}.
   */
  Optional<Map<String, String>> match(List<String> parts) {
    if (parts.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> variables = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      String segment = segments.get(i);
      if (isVariable(segment)) {
        variables.put(segment.substring(1, segment.length() - 1), parts.get(i));
      } else if (!segment.equals(parts.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(variables);
  }

  /** How many literal segments: when several templates match, the most literal one wins. */
  long literalCount() {
    return segments.stream().filter(s -> !isVariable(s)).count();
  }

  private static boolean isVariable(String segment) {
    return segment.startsWith("{");
  }

  /** Non-empty segments: {@code "/"} has none, a trailing slash is ignored. */
  static List<String> split(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }
}
