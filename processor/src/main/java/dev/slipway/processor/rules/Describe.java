package dev.slipway.processor.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes attribute values into messages the way the user wrote them in Java, so that a message
 * reads like the source: {@code @Scaling(min = 5)}, {@code @Service(image = "app:latest")}.
 */
public final class Describe {

  /** Longer strings are cut: a message must stay one readable line. */
  private static final int MAX_SHOWN = 80;

  private Describe() {}

  /** An enum constant as the user writes it: {@code ConcurrencyPolicy.ALLOW}, unquoted. */
  public record Constant(String type, String name) {
    @Override
    public String toString() {
      return type + "." + name;
    }
  }

  /** {@code @Annotation(member = value)}. */
  public static String attribute(String annotation, String member, Object value) {
    return "@" + annotation + "(" + member + " = " + literal(value) + ")";
  }

  /** A value as a Java literal: strings quoted and escaped, lists in braces. */
  public static String literal(Object value) {
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Describe::literal).collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }

  /**
   * A processor option as it was written on the command line: {@code -Aslipway.tag=1.5 0}, or
   * {@code -Aslipway.strict} for one written without a value; the value escaped and cut like a
   * string literal's, but not quoted.
   */
  public static String option(String name, String value) {
    if (value == null) {
      return "-A" + name;
    }
    String quoted = quote(value);
    return "-A" + name + "=" + quoted.substring(1, quoted.length() - 1);
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      if (shown++ == MAX_SHOWN) {
        out.append("...");
        break;
      }
      int c = s.codePointAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isISOControl(c)
              || Character.getType(c) == Character.LINE_SEPARATOR
              || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
              || Character.getType(c) == Character.FORMAT) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
