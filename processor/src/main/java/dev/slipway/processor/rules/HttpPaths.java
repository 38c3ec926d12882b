package dev.slipway.processor.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/** The syntax of an HTTP path as Kubernetes probes and Ingress rules take it. */
public final class HttpPaths {

  /** apimachinery's {@code httpPathFmt}: RFC 3986 path characters. */
  private static final Pattern PATH_CHARACTERS =
      Pattern.compile("[A-Za-z0-9/\\-._~%!$&'()*+,;=:@]+");

  private HttpPaths() {}

  /** What is wrong with {@code path} as an absolute path without query or fragment, if anything. */
  public static Optional<String> problem(String path) {
    if (!path.startsWith("/")) {
      return Optional.of("does not start with '/'");
    }
    if (path.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("contains whitespace");
    }
    if (path.contains("?") || path.contains("#")) {
      return Optional.of("contains a query or fragment ('?' or '#')");
    }
    if (!PATH_CHARACTERS.matcher(path).matches()) {
      return Optional.of("contains characters that are not allowed in a URL path");
    }
    return Optional.empty();
  }
}
