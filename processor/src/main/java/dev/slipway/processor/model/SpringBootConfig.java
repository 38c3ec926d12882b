package dev.slipway.processor.model;

import dev.slipway.processor.model.AppConfig.Setting;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spring Boot settings Slipway's manifests and alerts depend on, read from the application's
 * configuration with one profile active, with Spring Boot's defaults where a setting is absent.
 * Values that depend on the environment ({@code ${PORT}}) are unknown and never contradict.
 */
public record SpringBootConfig(AppConfig config, String profile) {

  public static final String SERVER_PORT = "server.port";
  public static final String MANAGEMENT_PORT = "management.server.port";
  public static final String EXPOSURE_INCLUDE = "management.endpoints.web.exposure.include";
  public static final String EXPOSURE_EXCLUDE = "management.endpoints.web.exposure.exclude";
  public static final String PROBES_ENABLED = "management.endpoint.health.probes.enabled";
  public static final String SHUTDOWN = "server.shutdown";
  public static final String SHUTDOWN_TIMEOUT = "spring.lifecycle.timeout-per-shutdown-phase";
  public static final String SLO_BOUNDARIES =
      "management.metrics.distribution.slo[http.server.requests]";

  /** Spring Boot's {@code spring.lifecycle.timeout-per-shutdown-phase} when none is set. */
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  private static final Pattern SIMPLE_DURATION = Pattern.compile("([+-]?\\d+)([a-zA-Z]{0,2})");

  /** The configuration with each profile that has a file active in turn, the base first. */
  public static List<SpringBootConfig> views(AppConfig config) {
    return config.profiles().stream().map(p -> new SpringBootConfig(config, p)).toList();
  }

  /** The configuration with no profile active. */
  public static SpringBootConfig base(AppConfig config) {
    return new SpringBootConfig(config, AppConfig.BASE);
  }

  public Optional<Setting> setting(String key) {
    return config.get(profile, key);
  }

  /** {@code server.port}, when set to a known number. */
  public OptionalInt serverPort() {
    return port(SERVER_PORT);
  }

  /** {@code management.server.port}, when set to a known number; Actuator then listens there. */
  public OptionalInt managementPort() {
    return port(MANAGEMENT_PORT);
  }

  /**
   * Whether Actuator has a port of its own: a {@code management.server.port} other than the server
   * port (Spring Boot serves Actuator on the main port when both are the same).
   */
  public boolean separateManagementPort() {
    OptionalInt management = managementPort();
    return management.isPresent() && management.getAsInt() != serverPort().orElse(8080);
  }

  /**
   * The path Actuator serves {@code endpoint} at ({@code health/liveness}, {@code prometheus}):
   * {@code management.endpoints.web.base-path} (default {@code /actuator}), below {@code
   * management.server.base-path} on a management port of its own, else below {@code
   * server.servlet.context-path}.
   */
  public String actuatorPath(String endpoint) {
    String base = known("management.endpoints.web.base-path").orElse("/actuator");
    String prefix =
        separateManagementPort()
            ? known("management.server.base-path")
                .or(() -> known("management.server.servlet.context-path"))
                .orElse("")
            : known("server.servlet.context-path").orElse("");
    return (trimSlash(prefix) + trimSlash(base) + "/" + endpoint).replaceAll("/+", "/");
  }

  /** Whether Actuator's web exposure includes {@code endpoint} (by default only {@code health}). */
  public boolean exposed(String endpoint) {
    List<String> include = list(EXPOSURE_INCLUDE).orElse(List.of("health"));
    List<String> exclude = list(EXPOSURE_EXCLUDE).orElse(List.of());
    return (include.contains("*") || include.contains(endpoint))
        && !(exclude.contains("*") || exclude.contains(endpoint));
  }

  /** Whether {@code management.endpoint.<endpoint>} is switched off (Boot 3 and 4 spellings). */
  public Optional<Setting> disabled(String endpoint) {
    String prefix = "management.endpoint." + endpoint + ".";
    return setting(prefix + "enabled")
        .filter(s -> s.resolved().map("false"::equalsIgnoreCase).orElse(false))
        .or(
            () ->
                setting(prefix + "access")
                    .filter(s -> s.resolved().map("none"::equalsIgnoreCase).orElse(false)));
  }

  /** The setting that switches the liveness and readiness groups off, if one does. */
  public Optional<Setting> probesDisabled() {
    return setting(PROBES_ENABLED)
        .filter(s -> s.resolved().map("false"::equalsIgnoreCase).orElse(false));
  }

  /** {@code server.shutdown=immediate}, if set. */
  public Optional<Setting> immediateShutdown() {
    return setting(SHUTDOWN)
        .filter(s -> s.resolved().map("immediate"::equalsIgnoreCase).orElse(false));
  }

  /** {@code spring.lifecycle.timeout-per-shutdown-phase} with its value, when set and known. */
  public Optional<Setting> shutdownTimeout() {
    return setting(SHUTDOWN_TIMEOUT)
        .filter(s -> s.resolved().flatMap(v -> duration(v, "ms")).isPresent());
  }

  /**
   * The SLO boundaries of {@code http.server.requests}: the buckets Micrometer publishes (there are
   * none by default). Empty when the setting is absent or not understood.
   */
  public List<Duration> sloBoundaries() {
    return setting(SLO_BOUNDARIES)
        .flatMap(Setting::resolved)
        .map(
            v ->
                Arrays.stream(v.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(s -> boundary(s))
                    .flatMap(Optional::stream)
                    .toList())
        .orElse(List.of());
  }

  /**
   * A duration as Spring Boot binds it: {@code 30s}, {@code 500ms}, {@code PT30S}, or a bare number
   * in {@code defaultUnit}.
   */
  public static Optional<Duration> duration(String text, String defaultUnit) {
    String value = text.strip();
    if (value.toUpperCase(Locale.ROOT).startsWith("P")
        || value.toUpperCase(Locale.ROOT).startsWith("-P")) {
      try {
        return Optional.of(Duration.parse(value));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    Matcher simple = SIMPLE_DURATION.matcher(value);
    if (!simple.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(simple.group(1));
    String unit =
        simple.group(2).isEmpty() ? defaultUnit : simple.group(2).toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "ns" -> Optional.of(Duration.ofNanos(amount));
      case "us" -> Optional.of(Duration.ofNanos(amount * 1000));
      case "ms" -> Optional.of(Duration.ofMillis(amount));
      case "s" -> Optional.of(Duration.ofSeconds(amount));
      case "m" -> Optional.of(Duration.ofMinutes(amount));
      case "h" -> Optional.of(Duration.ofHours(amount));
      case "d" -> Optional.of(Duration.ofDays(amount));
      default -> Optional.empty();
    };
  }

  /** An SLO boundary of a timer: a duration, or a number of milliseconds (may have a fraction). */
  private static Optional<Duration> boundary(String text) {
    Optional<Duration> duration = duration(text, "ms");
    if (duration.isPresent()) {
      return duration;
    }
    try {
      return Optional.of(Duration.ofNanos(Math.round(Double.parseDouble(text) * 1_000_000)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private OptionalInt port(String key) {
    Optional<String> value = known(key);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(value.get()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private Optional<String> known(String key) {
    return setting(key).flatMap(Setting::resolved);
  }

  private Optional<List<String>> list(String key) {
    return known(key)
        .map(
            v -> {
              List<String> items = new ArrayList<>();
              for (String item : v.split(",")) {
                if (!item.isBlank()) {
                  items.add(item.strip());
                }
              }
              return items;
            });
  }

  private static String trimSlash(String path) {
    String p = path.strip();
    if (p.isEmpty() || p.equals("/")) {
      return "";
    }
    p = p.startsWith("/") ? p : "/" + p;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
