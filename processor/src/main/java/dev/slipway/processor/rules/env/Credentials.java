package dev.slipway.processor.rules.env;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What credentials look like, after Polaris's {@code sensitiveContainerEnvVar} (names) and the
 * formats of widely leaked tokens (values).
 */
final class Credentials {

  private static final Pattern SENSITIVE_NAME =
      Pattern.compile(
          "aws_secret_access_key|azure_.+key|.*(password|passwd|token|secret|bearer|api[_-]?key"
              + "|private[_-]?key|credential).*");

  private static final Map<String, Pattern> VALUE_FORMATS = new LinkedHashMap<>();

  static {
    VALUE_FORMATS.put(
        "a private key", Pattern.compile("(?s).*-----BEGIN [A-Z ]*PRIVATE KEY-----.*"));
    VALUE_FORMATS.put("an AWS access key id", Pattern.compile(".*\\b(AKIA|ASIA)[0-9A-Z]{16}\\b.*"));
    VALUE_FORMATS.put("a GitHub token", Pattern.compile(".*\\bgh[pousr]_[A-Za-z0-9]{36,}.*"));
    VALUE_FORMATS.put("a Slack token", Pattern.compile(".*\\bxox[abprs]-[A-Za-z0-9-]{10,}.*"));
    VALUE_FORMATS.put("a Stripe live key", Pattern.compile(".*\\b[sr]k_live_[A-Za-z0-9]{16,}.*"));
    VALUE_FORMATS.put(
        "a JSON Web Token",
        Pattern.compile(".*\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+.*"));
    VALUE_FORMATS.put(
        "a URL with a password",
        Pattern.compile(".*\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@.*"));
  }

  private Credentials() {}

  static boolean sensitiveName(String name) {
    return SENSITIVE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /** What kind of credential {@code value} looks like, if any. */
  static Optional<String> credentialIn(String value) {
    for (Map.Entry<String, Pattern> format : VALUE_FORMATS.entrySet()) {
      if (format.getValue().matcher(value).matches()) {
        return Optional.of(format.getKey());
      }
    }
    return Optional.empty();
  }
}
