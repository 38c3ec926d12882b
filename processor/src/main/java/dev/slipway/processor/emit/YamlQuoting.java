package dev.slipway.processor.emit;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes every string that a YAML 1.1 reader would take for something else. kubectl, kustomize
 * and Prometheus read YAML with Go's yaml libraries, which resolve plain scalars such as
 * {@code 0x1F}, {@code 1e3}, {@code 0777}, {@code 1_000}, {@code 1:30}, {@code .inf},
 * {@code yes}, {@code off} or {@code ~} to numbers, booleans or null; Jackson's default check
 * only knows decimal numbers and a few keywords, so an env value or a label value such as these
 * would silently change type on the way into the cluster.
 */
final class YamlQuoting extends StringQuotingChecker.Default {

  private static final long serialVersionUID = 1L;

  private static final Set<String> KEYWORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null",
          "NULL", "=", "<<");

  private static final int LONGEST_KEYWORD = KEYWORDS.stream().mapToInt(String::length).max().orElse(0);

  private static final Pattern NON_STRING_SCALAR =
      Pattern.compile(
          "[-+]?(?:"
              + "0[xX][0-9a-fA-F_]+" // hexadecimal
              + "|0[oObB][0-7_]+" // octal (YAML 1.2) and binary
              + "|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?" // sexagesimal, 1:30
              + "|(?:\\.[0-9_]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?" // ints, floats
              + "|\\.(?:inf|Inf|INF)"
              + ")"
              + "|\\.(?:nan|NaN|NAN)");

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || resolvesToNonString(value);
  }

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || resolvesToNonString(name);
  }

  static boolean resolvesToNonString(String scalar) {
    // every field name and value passes here: only run the pattern where it can match
    return (scalar.length() <= LONGEST_KEYWORD && KEYWORDS.contains(scalar))
        || (!scalar.isEmpty() && startsLikeANumber(scalar.charAt(0)) && NON_STRING_SCALAR.matcher(scalar).matches());
  }

  private static boolean startsLikeANumber(char first) {
    return (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
  }
}
