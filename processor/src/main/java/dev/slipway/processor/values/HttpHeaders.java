package dev.slipway.processor.values;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTTP header names and values as a Gateway API {@code HTTPHeaderMatch} takes them: a name is an
 * RFC 7230 token of at most 256 characters, a value at most 4096 visible ASCII characters and
 * spaces, neither starting nor ending with a space.
 */
public final class HttpHeaders {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-.^_`|~]+");
  private static final Pattern VALUE =
      Pattern.compile("[\\x21-\\x7e]([\\x20-\\x7e]*[\\x21-\\x7e])?");
  private static final int MAX_NAME = 256;
  private static final int MAX_VALUE = 4096;

  private HttpHeaders() {}

  public static Optional<String> nameProblem(String name) {
    if (name.length() > MAX_NAME) {
      return Optional.of("is " + name.length() + " characters long, more than " + MAX_NAME);
    }
    return TOKEN.matcher(name).matches()
        ? Optional.empty()
        : Optional.of("is not an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)");
  }

  public static Optional<String> valueProblem(String value) {
    if (value.isEmpty()) {
      return Optional.of("is empty");
    }
    if (value.length() > MAX_VALUE) {
      return Optional.of("is " + value.length() + " characters long, more than " + MAX_VALUE);
    }
    return VALUE.matcher(value).matches()
        ? Optional.empty()
        : Optional.of(
            "is not visible ASCII characters and inner spaces, as an exact header match needs");
  }
}
