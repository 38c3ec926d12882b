package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SLW-OPT-002: an option that takes a value has one. {@code -Aslipway.tag} alone (a space instead
 * of {@code =}, or an empty Maven property) would otherwise silently mean the default.
 */
public final class OptionWithoutValue extends OptionRule {

  private static final Map<String, String> EXAMPLES =
      Map.of(
          Options.REGISTRY, "ghcr.io/acme",
          Options.TAG, "${project.version}",
          Options.ENVIRONMENTS, Options.DEFAULT_ENVIRONMENTS,
          Options.ENVIRONMENT_TAGS, "dev=1.5.0-rc.1",
          Options.NAMESPACE, "{team}-{env}",
          Options.RUNBOOK_BASE_URL, "https://github.com/acme/shop/blob/main/runbooks",
          Options.PROMETHEUS_URL, Options.DEFAULT_PROMETHEUS_URL);

  public OptionWithoutValue() {
    super(
        "SLW-OPT-002",
        Severity.ERROR,
        "An option that takes a value is written with '='",
        "-Aslipway.tag without '=' has no value, typically a space instead of '=' or an empty"
            + " build property; the build would silently use the default.",
        "Write the option with '=' and its value, e.g. -Aslipway.tag=${project.version}.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, String> e : options.written().entrySet()) {
      if (e.getValue() == null && EXAMPLES.containsKey(e.getKey())) {
        findings.add(
            finding(
                "-A"
                    + e.getKey()
                    + " has no value; write it with '=', e.g. -A"
                    + e.getKey()
                    + "="
                    + EXAMPLES.get(e.getKey())));
      }
    }
    return findings.stream();
  }
}
