package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-OPT-010: {@code slipway.runbookBaseUrl} and {@code slipway.prometheusUrl} are absolute
 * http(s) URLs with a host, and without credentials, query or fragment: Slipway appends paths to
 * the one, and Argo Rollouts queries the other.
 */
public final class InvalidUrlOption extends OptionRule {

  private static final Map<String, String> EXAMPLES =
      Map.of(
          Options.RUNBOOK_BASE_URL,
          "https://github.com/acme/shop/blob/main/runbooks",
          Options.PROMETHEUS_URL,
          Options.DEFAULT_PROMETHEUS_URL);

  public InvalidUrlOption() {
    super(
        "SLW-OPT-010",
        Severity.ERROR,
        "-Aslipway.runbookBaseUrl and -Aslipway.prometheusUrl are http(s) URLs",
        "Every alert links into the runbooks below the one, and every canary analysis queries the"
            + " other; a value that is not a URL gives dead links and analyses that always fail.",
        "Write an absolute http or https URL with a host and without query, fragment or"
            + " credentials, e.g. -Aslipway.prometheusUrl=http://prometheus-operated.monitoring.svc:9090.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    List<String> urls = new ArrayList<>(EXAMPLES.keySet());
    Collections.sort(urls);
    List<Finding> findings = new ArrayList<>();
    for (String option : urls) {
      if (!options.isWritten(option) || options.written().get(option) == null) {
        continue; // SLW-OPT-002
      }
      Optional<String> problem = problem(url(options, option));
      if (problem.isPresent()) {
        findings.add(
            finding(
                written(options, option)
                    + " "
                    + problem.get()
                    + "; write e.g. -A"
                    + option
                    + "="
                    + EXAMPLES.get(option)));
      }
    }
    return findings.stream();
  }

  /** The value of the URL option {@code option}. */
  private static String url(Options options, String option) {
    return option.equals(Options.RUNBOOK_BASE_URL)
        ? options.runbookBaseUrl()
        : options.prometheusUrl();
  }

  static Optional<String> problem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("is not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("is not an absolute http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of("has no valid host");
    }
    if (uri.getPort() > 65535) {
      return Optional.of("has a port outside 1..65535");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("has credentials, which would be copied into every alert or analysis");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of("has a query or fragment ('?' or '#'), to which no path can be added");
    }
    return Optional.empty();
  }
}
