package dev.slipway.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's own configuration files ({@code application.properties}, {@code
 * application.yaml} and their {@code application-<profile>.*} variants) as the compile found them,
 * in Spring Boot's order of precedence, and the files that could not be read.
 *
 * @param files lowest precedence first: the base files, then each profile's
 * @param problems files that exist but could not be read or parsed
 */
public record AppConfig(List<ConfigFile> files, List<Problem> problems) {

  /** No configuration file found: every setting has the framework's default. */
  public static final AppConfig NONE = new AppConfig(List.of(), List.of());

  /** The profile of settings that apply whatever profile is active. */
  public static final String BASE = "";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^:}]+(?::([^}]*))?}");

  public AppConfig {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /**
   * One file, or one document of a multi-document YAML file.
   *
   * @param name how messages name it, e.g. {@code application-prod.yaml}
   * @param profile {@link #BASE}, or the profile it applies to (from its file name or its {@code
   *     spring.config.activate.on-profile})
   * @param settings by {@link #canonical} key, in file order
   */
  public record ConfigFile(String name, String profile, Map<String, Setting> settings) {

    public ConfigFile {
      settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
  }

  /** One setting as written: the key as spelt in the file, the raw value and the file. */
  public record Setting(String key, String value, String file) {

    /**
     * The value with a {@code ${NAME:default}} placeholder replaced by its default; empty when it
     * depends on the environment (a placeholder without default), which the compile cannot know.
     */
    public Optional<String> resolved() {
      Matcher placeholder = PLACEHOLDER.matcher(value);
      StringBuilder out = new StringBuilder();
      while (placeholder.find()) {
        if (placeholder.group(1) == null) {
          return Optional.empty();
        }
        placeholder.appendReplacement(out, Matcher.quoteReplacement(placeholder.group(1)));
      }
      placeholder.appendTail(out);
      return Optional.of(out.toString().strip());
    }

    /** {@code server.port=9090 in application.properties}, for messages. */
    public String described() {
      return key + " = " + value + " in " + file;
    }
  }

  /** A file found but not understood: reported, and its settings are not checked. */
  public record Problem(String file, String message) {}

  /**
   * The key in Spring Boot's relaxed form: lower case, without dashes and underscores, indexes and
   * map keys in brackets as further dotted parts ({@code slo[http.server.requests]} → {@code
   * slo.http.server.requests}).
   */
  public static String canonical(String key) {
    return key.toLowerCase(Locale.ROOT)
        .replace("-", "")
        .replace("_", "")
        .replace("[", ".")
        .replace("]", "");
  }

  /** Whether any file was found. */
  public boolean found() {
    return !files.isEmpty() || !problems.isEmpty();
  }

  /** {@link #BASE}, then every profile some file applies to, in the order found. */
  public List<String> profiles() {
    Set<String> profiles = new LinkedHashSet<>();
    profiles.add(BASE);
    files.forEach(f -> profiles.add(f.profile()));
    return List.copyOf(profiles);
  }

  /**
   * The effective setting of {@code key} with {@code profile} active: the profile's files first,
   * the one Spring Boot reads last winning, then the base files. A list written element by element
   * ({@code include[0]=health}) comes back joined with commas.
   */
  public Optional<Setting> get(String profile, String key) {
    String canonical = canonical(key);
    for (String scope : profile.equals(BASE) ? List.of(BASE) : List.of(profile, BASE)) {
      for (int i = files.size() - 1; i >= 0; i--) {
        ConfigFile file = files.get(i);
        if (!file.profile().equals(scope)) {
          continue;
        }
        Setting direct = file.settings().get(canonical);
        if (direct != null) {
          return Optional.of(direct);
        }
        List<String> elements = new ArrayList<>();
        for (int index = 0; file.settings().containsKey(canonical + "." + index); index++) {
          elements.add(file.settings().get(canonical + "." + index).value());
        }
        if (!elements.isEmpty()) {
          return Optional.of(new Setting(key, String.join(",", elements), file.name()));
        }
      }
    }
    return Optional.empty();
  }
}
