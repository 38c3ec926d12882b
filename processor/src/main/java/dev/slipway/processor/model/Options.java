package dev.slipway.processor.model;

import java.util.Arrays;
import java.util.HashMap;
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
 * @param environmentTags image tags of single environments, replacing the production tag in their
 *     overlays: {@code -Aslipway.environmentTags=dev=1.5.0-rc.1,staging=1.4.3}
 * @param namespace namespace pattern for an environment; {@code {env}}, {@code {team}} and
 *     {@code {service}} are replaced
 * @param strict warnings fail the build too
 * @param runbookBaseUrl where the runbooks are published; alerts link to
 *     {@code <runbookBaseUrl>/<service>/runbook.md#<alert, lower case>}
 * @param prometheusUrl the in-cluster Prometheus address the canary analysis queries
 * @param profile {@code production} (the default: every rule applies) or {@code dev} (rules that
 *     only matter in production, such as single replica or a moving image tag, are skipped)
 * @param rendered also write each overlay rendered to one stream ({@code <service>/rendered/}); off
 *     by default, because {@code kubectl apply -k} renders the overlays itself and the streams are
 *     half of the bytes a compile writes
 */
public record Options(
    String registry,
    String tag,
    List<String> environments,
    Map<String, String> environmentTags,
    String namespace,
    boolean strict,
    String runbookBaseUrl,
    String prometheusUrl,
    String profile,
    boolean rendered) {

  public static final String REGISTRY = "slipway.registry";
  public static final String TAG = "slipway.tag";
  public static final String ENVIRONMENTS = "slipway.environments";
  public static final String ENVIRONMENT_TAGS = "slipway.environmentTags";
  public static final String NAMESPACE = "slipway.namespace";
  public static final String STRICT = "slipway.strict";
  public static final String RUNBOOK_BASE_URL = "slipway.runbookBaseUrl";
  public static final String PROMETHEUS_URL = "slipway.prometheusUrl";
  public static final String PROFILE = "slipway.profile";
  public static final String DEV_PROFILE = "dev";
  public static final String RENDERED = "slipway.rendered";

  public static final Set<String> SUPPORTED =
      Set.of(
          REGISTRY,
          TAG,
          ENVIRONMENTS,
          ENVIRONMENT_TAGS,
          NAMESPACE,
          STRICT,
          RUNBOOK_BASE_URL,
          PROMETHEUS_URL,
          PROFILE,
          RENDERED);

  public static final Options DEFAULTS = parse(Map.of());

  public Options {
    environments = List.copyOf(environments);
    environmentTags = Map.copyOf(environmentTags);
  }

  public static Options parse(Map<String, String> raw) {
    return new Options(
        trimTrailingSlash(value(raw, REGISTRY, "")),
        value(raw, TAG, ""),
        Arrays.stream(value(raw, ENVIRONMENTS, "dev,staging,prod").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .distinct() // "dev,dev,prod" must not write the same files twice
            .toList(),
        pairs(value(raw, ENVIRONMENT_TAGS, "")),
        value(raw, NAMESPACE, "{env}"),
        Boolean.parseBoolean(value(raw, STRICT, "false")),
        trimTrailingSlash(value(raw, RUNBOOK_BASE_URL, "https://runbooks.example.com/slipway")),
        trimTrailingSlash(
            value(raw, PROMETHEUS_URL, "http://prometheus-operated.monitoring.svc:9090")),
        value(raw, PROFILE, "production"),
        Boolean.parseBoolean(value(raw, RENDERED, "false")));
  }

  /**
   * False only for {@code -Aslipway.profile=dev}; any other value (including a typo) keeps every
   * rule, so a mistake never relaxes a production build.
   */
  public boolean productionProfile() {
    return !DEV_PROFILE.equals(profile);
  }

  /** The production environment: the last one listed. */
  public String productionEnvironment() {
    return environments.get(environments.size() - 1);
  }

  /** The image tag of {@code environment}, when it has its own. */
  public Optional<String> tagFor(String environment) {
    return Optional.ofNullable(environmentTags.get(environment));
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

  /** {@code "a=1, b=2"} as a map; entries without '=' or with an empty side are ignored. */
  private static Map<String, String> pairs(String text) {
    Map<String, String> pairs = new HashMap<>();
    for (String entry : text.split(",")) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        String key = entry.substring(0, eq).trim();
        String val = entry.substring(eq + 1).trim();
        if (!key.isEmpty() && !val.isEmpty()) {
          pairs.put(key, val);
        }
      }
    }
    return pairs;
  }

  private static String trimTrailingSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
