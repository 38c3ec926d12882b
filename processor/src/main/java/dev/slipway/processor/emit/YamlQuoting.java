package dev.slipway.processor.emit;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes every string that a YAML 1.1 or 1.2 reader would take for something else. kubectl,
 * kustomize and Prometheus read YAML with Go's yaml libraries (v2 and v3), which resolve plain
 * scalars such as {@code 0x1F}, {@code 1e3}, {@code 1e1_0}, {@code 0777}, {@code 1_000}, {@code
 * .inf}, {@code yes}, {@code off}, {@code ~} or {@code 2024-01-15} to numbers, booleans, null or
 * timestamps, and YAML 1.1 readers such as SnakeYAML also sexagesimal {@code 1:30}; Jackson's
 * default check only knows decimal numbers and a few keywords, so an env value, an image tag or a
 * label value such as these would silently change type (a date becomes {@code
 * 2024-01-15T00:00:00Z}) on the way into the cluster. {@code YamlRetypingTest} reads every
 * generated file back with each of those resolvers.
 */
final class YamlQuoting extends StringQuotingChecker.Default {

  private static final long serialVersionUID = 1L;

  private static final Set<String> KEYWORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null",
          "NULL", "=", "<<");

  private static final int LONGEST_KEYWORD =
      KEYWORDS.stream().mapToInt(String::length).max().orElse(0);

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

  /**
   * Numbers as Go's yaml.v2 and v3 resolve them, after they strip every '_': {@code strconv}
   * integers with a base prefix, and their YAML-style floats ({@code 1e1_0} is 1e10 there).
   */
  private static final Pattern GO_NUMBER =
      Pattern.compile(
          "[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+"
              + "|(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)");

  /**
   * A date, alone or followed by a time: the YAML 1.1 timestamp ({@code 2024-01-15}, {@code
   * 2024-1-5 10:00:00}) and Go's looser date formats; quoted whether or not the date exists.
   */
  private static final Pattern TIMESTAMP =
      Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt \t].*)?", Pattern.DOTALL);

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || resolvesToNonString(value);
  }

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || resolvesToNonString(name);
  }

  /**
   * Longer scalars are not matched against {@link #NON_STRING_SCALAR}, whose repeated group
   * (sexagesimal {@code 1:2:3...}) recurses once per part and would overflow javac's stack on a
   * hostile value; they are quoted when they could be a number at all.
   */
  private static final int LONGEST_MATCHED = 256;

  /** Every character any number, in any notation above, can hold. */
  private static final String NUMBER_CHARACTERS = "0123456789abcdefABCDEFxXoO_:.+-infINFaA";

  static boolean resolvesToNonString(String scalar) {
    // every field name and value passes here: only run the pattern where it can match
    if (scalar.length() <= LONGEST_KEYWORD && KEYWORDS.contains(scalar)) {
      return true;
    }
    if (scalar.isEmpty() || !startsLikeANumber(scalar.charAt(0))) {
      return false;
    }
    if (TIMESTAMP.matcher(scalar).matches()) {
      return true;
    }
    if (scalar.length() > LONGEST_MATCHED) {
      return scalar.chars().allMatch(c -> NUMBER_CHARACTERS.indexOf(c) >= 0);
    }
    return NON_STRING_SCALAR.matcher(scalar).matches()
        || GO_NUMBER.matcher(scalar.replace("_", "")).matches();
  }

  private static boolean startsLikeANumber(char first) {
    return (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
  }
}
