package dev.slipway.processor.values;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity, parsed by the grammar of apimachinery's {@code
 * resource.Quantity}: an optionally signed decimal number followed by a binary suffix ({@code Ki Mi
 * Gi Ti Pi Ei}), a decimal suffix ({@code m}, none, {@code k M G T P E}) or a decimal exponent
 * ({@code e3}, {@code E-2}). {@code "1E"} is one exa, {@code "1E3"} is one thousand; {@code "512m"}
 * is 0.512.
 *
 * @param text the quantity as written
 * @param value its exact numeric value (for memory, bytes; for CPU, cores)
 * @param suffix the suffix as written: {@code "Mi"}, {@code "m"}, {@code "e3"}, or empty
 */
public record Quantity(String text, BigDecimal value, String suffix)
    implements Comparable<Quantity> {

  private static final Pattern GRAMMAR =
      Pattern.compile(
          "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))"
              + "(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

  /** One mebibyte (Mi) in bytes, the unit the JVM-sizing rules and the planner reason in. */
  public static final BigDecimal MEBIBYTE = BigDecimal.valueOf(1L << 20);

  private static final Pattern EXPONENT = Pattern.compile("[eE][+-]?[0-9]+");

  /**
   * Exponents beyond this are refused rather than expanded: no real request is 10^1000 bytes, and
   * an unbounded exponent would let one attribute exhaust the compiler's memory.
   */
  private static final int MAX_EXPONENT = 100;

  private static final BigDecimal THOUSAND_MILLI = new BigDecimal("1000");

  /**
   * Parses {@code text}, or returns empty when it is not a quantity. Surrounding spaces are not
   * allowed.
   */
  public static Optional<Quantity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = GRAMMAR.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String number = m.group(1);
    String suffix = m.group(2) == null ? "" : m.group(2);
    if (number.endsWith(".")) {
      number = number + "0"; // "5." is valid in Go; BigDecimal needs a digit after the point
    }
    BigDecimal base = new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    BigDecimal value;
    if (isExponent(suffix)) {
      Optional<Integer> exponent = exponent(suffix);
      if (exponent.isEmpty()) {
        return Optional.empty();
      }
      value = base.scaleByPowerOfTen(exponent.get());
    } else {
      value = base.multiply(multiplier(suffix));
    }
    return Optional.of(new Quantity(text, value, suffix));
  }

  /** True when the value is below zero; Kubernetes rejects negative requests and limits. */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  /** True when the value is not a whole number (for memory: a fraction of a byte). */
  public boolean hasFraction() {
    return value.stripTrailingZeros().scale() > 0;
  }

  /** True when the value is not a whole number of thousandths (for CPU: finer than 1m). */
  public boolean finerThanMilli() {
    return value.multiply(THOUSAND_MILLI).stripTrailingZeros().scale() > 0;
  }

  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(other.value);
  }

  /** {@code "e3"} or {@code "E-2"}; {@code "E"} and {@code "Ei"} are the exa and exbi suffixes. */
  private static boolean isExponent(String suffix) {
    return EXPONENT.matcher(suffix).matches();
  }

  private static Optional<Integer> exponent(String suffix) {
    String signed = suffix.substring(1);
    String digits = signed.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
    if (digits.length() > 4) {
      return Optional.empty();
    }
    int exponent = Integer.parseInt(digits) * (signed.startsWith("-") ? -1 : 1);
    return Math.abs(exponent) > MAX_EXPONENT ? Optional.empty() : Optional.of(exponent);
  }

  private static BigDecimal multiplier(String suffix) {
    return switch (suffix) {
      case "Ki" -> BigDecimal.valueOf(2).pow(10);
      case "Mi" -> BigDecimal.valueOf(2).pow(20);
      case "Gi" -> BigDecimal.valueOf(2).pow(30);
      case "Ti" -> BigDecimal.valueOf(2).pow(40);
      case "Pi" -> BigDecimal.valueOf(2).pow(50);
      case "Ei" -> BigDecimal.valueOf(2).pow(60);
      case "m" -> new BigDecimal("0.001");
      case "k" -> BigDecimal.TEN.pow(3);
      case "M" -> BigDecimal.TEN.pow(6);
      case "G" -> BigDecimal.TEN.pow(9);
      case "T" -> BigDecimal.TEN.pow(12);
      case "P" -> BigDecimal.TEN.pow(15);
      case "E" -> BigDecimal.TEN.pow(18);
      default -> BigDecimal.ONE;
    };
  }
}
