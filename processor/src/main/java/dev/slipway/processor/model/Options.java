package dev.slipway.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The processor options ({@code -Aslipway.x=y}), parsed once. Every option is documented in the
 * README's options table; {@link #SUPPORTED} is what the processor declares to javac.
 *
 * <p>Parsing never fails: it splits and trims what was written, falls back to the default where a
 * value is unusable, and keeps what was written ({@link #written}) so that the rules of the options
 * family ({@code SLW-OPT-*}) can say exactly what is wrong. A compile with an option error stops
 * before it reads the annotations.
 *
 * @param registry registry and path prefix for images not given in {@code @Service(image)}
 * @param tag image tag for every service (for example {@code ${project.version}}); empty keeps the
 *     tag written in the annotation
 * @param environments the overlay names, in order, each once; the last one is production. Empty
 *     only when the option lists none, which SLW-OPT-005 reports
 * @param environmentTags the entries of {@code -Aslipway.environmentTags=dev=1.5.0-rc.1,
 *     staging=1.4.3}, in order, as written: image tags of single environments, replacing the
 *     production tag in their overlays
 * @param namespace namespace pattern for an environment; {@code {env}}, {@code {team}} and {@code
 *     {service}} are replaced
 * @param strict warnings fail the build too
 * @param runbookBaseUrl where the runbooks are published; alerts link to {@code
 *     <runbookBaseUrl>/<service>/runbook.md#<alert, lower case>}
 * @param prometheusUrl the in-cluster Prometheus address the canary analysis queries
 * @param rendered also write each overlay rendered to one stream ({@code <service>/rendered/}); off
 *     by default, because {@code kubectl apply -k} renders the overlays itself and the streams are
 *     half of the bytes a compile writes
 * @param gateway the Gateway of every {@code @Expose} that names none, {@code <namespace>/<name>};
 *     empty when not set
 * @param written every {@code slipway.*} option as javac handed it over, by name, including unknown
 *     ones; the value is null for an option written without {@code =}
 */
public record Options(
    String registry,
    String tag,
    List<String> environments,
    List<EnvironmentTag> environmentTags,
    String namespace,
    boolean strict,
    String runbookBaseUrl,
    String prometheusUrl,
    boolean rendered,
    String gateway,
    SortedMap<String, String> written) {

  /** What every Slipway option's name starts with. */
  public static final String PREFIX = "slipway.";

  public static final String REGISTRY = "slipway.registry";
  public static final String TAG = "slipway.tag";
  public static final String ENVIRONMENTS = "slipway.environments";
  public static final String ENVIRONMENT_TAGS = "slipway.environmentTags";
  public static final String NAMESPACE = "slipway.namespace";
  public static final String STRICT = "slipway.strict";
  public static final String RUNBOOK_BASE_URL = "slipway.runbookBaseUrl";
  public static final String PROMETHEUS_URL = "slipway.prometheusUrl";

  /**
   * Retired: production-only rules now apply to the production environment, and no option relaxes
   * them. Still accepted, so that SLW-OPT-013 can say so instead of calling it unknown.
   */
  public static final String PROFILE = "slipway.profile";

  public static final String RENDERED = "slipway.rendered";
  public static final String GATEWAY = "slipway.gateway";

  public static final String DEFAULT_ENVIRONMENTS = "dev,staging,prod";
  public static final String DEFAULT_NAMESPACE = "{env}";
  public static final String DEFAULT_RUNBOOK_BASE_URL = "https://runbooks.example.com/slipway";
  public static final String DEFAULT_PROMETHEUS_URL =
      "http://prometheus-operated.monitoring.svc:9090";

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
          RENDERED,
          GATEWAY);

  /** The options that take {@code true} or {@code false}, and mean true when written alone. */
  public static final Set<String> FLAGS = Set.of(STRICT, RENDERED);

  public static final Options DEFAULTS = parse(Map.of());

  /**
   * One entry of {@code -Aslipway.environmentTags}.
   *
   * @param entry the entry as written, trimmed, such as {@code dev=1.5.0-rc.1}
   * @param environment the environment before the first {@code =}, trimmed; empty without one
   * @param tag the tag after the first {@code =}, trimmed; empty without one
   */
  public record EnvironmentTag(String entry, String environment, String tag) {

    static EnvironmentTag parse(String entry) {
      int eq = entry.indexOf('=');
      return eq < 0
          ? new EnvironmentTag(entry, "", "")
          : new EnvironmentTag(
              entry, entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
    }

    /** {@code <environment>=<tag>}, both sides given. */
    public boolean wellFormed() {
      return !environment.isEmpty() && !tag.isEmpty();
    }
  }

  public Options {
    environments = List.copyOf(environments);
    environmentTags = List.copyOf(environmentTags);
    written = Collections.unmodifiableSortedMap(new TreeMap<>(written));
  }

  /** Parses the options javac hands to processors; never fails (the rules say what is wrong). */
  public static Options parse(Map<String, String> raw) {
    SortedMap<String, String> written = new TreeMap<>();
    raw.forEach(
        (key, value) -> {
          if (isSlipwayOption(key)) {
            written.put(key, value);
          }
        });
    return new Options(
        trimTrailingSlash(value(raw, REGISTRY, "")),
        value(raw, TAG, ""),
        list(value(raw, ENVIRONMENTS, DEFAULT_ENVIRONMENTS)).stream()
            .distinct() // "dev,dev,prod" must not write the same files twice
            .toList(),
        list(value(raw, ENVIRONMENT_TAGS, "")).stream().map(EnvironmentTag::parse).toList(),
        value(raw, NAMESPACE, DEFAULT_NAMESPACE),
        flag(raw, STRICT).orElse(false),
        trimTrailingSlash(value(raw, RUNBOOK_BASE_URL, DEFAULT_RUNBOOK_BASE_URL)),
        trimTrailingSlash(value(raw, PROMETHEUS_URL, DEFAULT_PROMETHEUS_URL)),
        flag(raw, RENDERED).orElse(false),
        value(raw, GATEWAY, ""),
        written);
  }

  /** Whether {@code name} is meant for Slipway: {@code slipway.} in any case. */
  public static boolean isSlipwayOption(String name) {
    return name.toLowerCase(Locale.ROOT).startsWith(PREFIX);
  }

  /**
   * A flag as written: {@code true} or {@code false} in any case, or true when written alone
   * ({@code -Aslipway.strict}); empty for anything else, which SLW-OPT-003 reports.
   */
  public static Optional<Boolean> flag(String written) {
    if (written == null) {
      return Optional.of(true);
    }
    String value = written.trim();
    if (value.equalsIgnoreCase("true")) {
      return Optional.of(true);
    }
    return value.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty();
  }

  /** Whether the option was written, with or without a value. */
  public boolean isWritten(String option) {
    return written.containsKey(option);
  }

  /** The production environment: the last one listed (empty when none is). */
  public String productionEnvironment() {
    return environments.isEmpty() ? "" : environments.get(environments.size() - 1);
  }

  /** The image tag of {@code environment}, when it has its own. */
  public Optional<String> tagFor(String environment) {
    return environmentTags.stream()
        .filter(t -> t.wellFormed() && t.environment().equals(environment))
        .map(EnvironmentTag::tag)
        .findFirst();
  }

  /** The namespace of {@code service} in {@code environment}. */
  public String namespaceFor(ServiceModel service, String environment) {
    return namespaceFor(service.team().value(), service.serviceName(), environment);
  }

  /** The namespace pattern with its placeholders replaced. */
  public String namespaceFor(String team, String service, String environment) {
    return namespace
        .replace("{env}", environment)
        .replace("{team}", team)
        .replace("{service}", service);
  }

  private static String value(Map<String, String> raw, String key, String fallback) {
    return Optional.ofNullable(raw.get(key)).map(String::trim).orElse(fallback);
  }

  private static Optional<Boolean> flag(Map<String, String> raw, String key) {
    return raw.containsKey(key) ? flag(raw.get(key)) : Optional.of(false);
  }

  /** {@code "a, b,,c"} as {@code [a, b, c]}: trimmed, blank entries left out. */
  private static List<String> list(String text) {
    List<String> items = new ArrayList<>();
    for (String item : text.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  private static String trimTrailingSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
