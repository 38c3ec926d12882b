package dev.slipway.processor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processor options ({@code -Aslipway.x=y}), parsed once. Every option is documented in the
 * README's options table; {@link #SUPPORTED} is what the processor declares to javac.
 *
 * @param registry registry and path prefix for images not given in {@code @Service(image)}
 * @param tag image tag for every service (for example {@code ${project.version}}); empty keeps the
 *     tag written in the annotation
 * @param environments the overlay names, in order; the last one is production
 * @param namespace namespace pattern for an environment; {@code {env}}, {@code {team}} and
 *     {@code {service}} are replaced
 * @param strict warnings fail the build too
 * @param runbookBaseUrl where the runbooks are published; alerts link to
 *     {@code <runbookBaseUrl>/<service>/runbook.md#<alert, lower case>}
 * @param prometheusUrl the in-cluster Prometheus address the canary analysis queries
 */
public record Options(
    String registry,
    String tag,
    List<String> environments,
    String namespace,
    boolean strict,
    String runbookBaseUrl,
    String prometheusUrl) {

  public static final String REGISTRY = "slipway.registry";
  public static final String TAG = "slipway.tag";
  public static final String ENVIRONMENTS = "slipway.environments";
  public static final String NAMESPACE = "slipway.namespace";
  public static final String STRICT = "slipway.strict";
  public static final String RUNBOOK_BASE_URL = "slipway.runbookBaseUrl";
  public static final String PROMETHEUS_URL = "slipway.prometheusUrl";

  public static final Set<String> SUPPORTED =
      Set.of(REGISTRY, TAG, ENVIRONMENTS, NAMESPACE, STRICT, RUNBOOK_BASE_URL, PROMETHEUS_URL);

  public static final Options DEFAULTS = parse(Map.of());

  public Options {
    environments = List.copyOf(environments);
  }

  public static Options parse(Map<String, String> raw) {
    return new Options(
        trimTrailingSlash(value(raw, REGISTRY, "")),
        value(raw, TAG, ""),
        Arrays.stream(value(raw, ENVIRONMENTS, "dev,staging,prod").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList(),
        value(raw, NAMESPACE, "{env}"),
        Boolean.parseBoolean(value(raw, STRICT, "false")),
        trimTrailingSlash(value(raw, RUNBOOK_BASE_URL, "https://runbooks.example.com/slipway")),
        trimTrailingSlash(
            value(raw, PROMETHEUS_URL, "http://prometheus-operated.monitoring.svc:9090")));
  }

  /** The production environment: the last one listed. */
  public String productionEnvironment() {
    return environments.get(environments.size() - 1);
  }

  /** The namespace of {@code service} in {@code environment}. */
  public String namespaceFor(ServiceModel service, String environment) {
    return namespace
        .replace("{env}", environment)
        .replace("{team}", service.team().value())
        .replace("{service}", service.serviceName());
  }

  private static String value(Map<String, String> raw, String key, String fallback) {
    return Optional.ofNullable(raw.get(key)).map(String::trim).orElse(fallback);
  }

  private static String trimTrailingSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
