package dev.slipway.processor.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slipway.processor.model.AppConfig;
import dev.slipway.processor.model.AppConfig.ConfigFile;
import dev.slipway.processor.model.AppConfig.Setting;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Parses Spring Boot's {@code application[-<profile>].properties|yaml|yml} into {@link AppConfig}:
 * a pure function of the texts the processor found, so it can be tested without javac. A file that
 * does not parse becomes a {@link AppConfig.Problem}, never an exception.
 */
public final class ConfigFiles {

  /** The extensions Spring Boot reads, lowest precedence first (properties win over YAML). */
  public static final List<String> EXTENSIONS = List.of("yml", "yaml", "properties");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ConfigFiles() {}

  /** The file names to look for: the base files, then each profile's, lowest precedence first. */
  public static List<String> names(List<String> profiles) {
    List<String> names = new ArrayList<>();
    for (String extension : EXTENSIONS) {
      names.add("application." + extension);
    }
    for (String profile : profiles) {
      for (String extension : EXTENSIONS) {
        names.add("application-" + profile + "." + extension);
      }
    }
    return names;
  }

  /**
   * The configuration from the files that exist, read with {@code read} (empty: not found). The
   * base files are read first; {@code spring.profiles.active} in them adds profiles to {@code
   * profiles}.
   */
  public static AppConfig read(List<String> profiles, Function<String, Optional<String>> read) {
    List<ConfigFile> files = new ArrayList<>();
    List<AppConfig.Problem> problems = new ArrayList<>();
    List<String> wanted = new ArrayList<>(profiles);
    for (String name : names(List.of())) {
      load(name, AppConfig.BASE, read, files, problems);
    }
    AppConfig base = new AppConfig(files, problems);
    base.get(AppConfig.BASE, "spring.profiles.active")
        .flatMap(Setting::resolved)
        .ifPresent(
            active -> {
              for (String p : active.split(",")) {
                if (!p.isBlank() && !wanted.contains(p.strip())) {
                  wanted.add(p.strip());
                }
              }
            });
    for (String profile : wanted) {
      for (String extension : EXTENSIONS) {
        load("application-" + profile + "." + extension, profile, read, files, problems);
      }
    }
    return new AppConfig(files, problems);
  }

  private static void load(
      String name,
      String profile,
      Function<String, Optional<String>> read,
      List<ConfigFile> files,
      List<AppConfig.Problem> problems) {
    Optional<String> text;
    try {
      text = read.apply(name);
    } catch (UncheckedIOException e) {
      problems.add(new AppConfig.Problem(name, String.valueOf(e.getCause().getMessage())));
      return;
    }
    text.ifPresent(t -> parse(name, profile, t, files, problems));
  }

  /** Parses one file into {@code files}, or records why it could not be in {@code problems}. */
  static void parse(
      String name,
      String profile,
      String text,
      List<ConfigFile> files,
      List<AppConfig.Problem> problems) {
    try {
      if (name.endsWith(".properties")) {
        files.add(properties(name, profile, text));
      } else {
        files.addAll(yaml(name, profile, text));
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new AppConfig.Problem(name, describe(e)));
    }
  }

  /** The parser's complaint in one line, with the line and column where it knows them. */
  private static String describe(Exception e) {
    if (e instanceof JsonProcessingException json) {
      String what =
          String.valueOf(json.getOriginalMessage()).lines().findFirst().orElse("").strip();
      JsonLocation at = json.getLocation();
      return at == null || at.getLineNr() < 1
          ? what
          : what + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
    return e.getMessage() == null
        ? e.toString()
        : e.getMessage().lines().findFirst().orElse("").strip();
  }

  static ConfigFile properties(String name, String profile, String text) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(text));
    Map<String, Setting> settings = new LinkedHashMap<>();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(
            key ->
                settings.put(
                    AppConfig.canonical(key), new Setting(key, properties.getProperty(key), name)));
    return new ConfigFile(name, profile, settings);
  }

  /**
   * Each document of a YAML file; a document with {@code spring.config.activate.on-profile} belongs
   * to that profile.
   */
  static List<ConfigFile> yaml(String name, String profile, String text) throws IOException {
    List<ConfigFile> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(text)) {
      int index = 0;
      while (iterator.hasNextValue()) {
        JsonNode document = iterator.nextValue();
        index++;
        if (document == null || document.isNull() || document.isMissingNode()) {
          continue;
        }
        if (!document.isObject()) {
          throw new IOException("document " + index + " is not a map of settings");
        }
        Map<String, Setting> settings = new LinkedHashMap<>();
        flatten("", document, name, settings);
        String documentProfile = profile;
        Setting onProfile = settings.get(AppConfig.canonical("spring.config.activate.on-profile"));
        if (onProfile != null) {
          documentProfile = onProfile.value().strip();
        }
        documents.add(new ConfigFile(name, documentProfile, settings));
      }
    }
    return documents;
  }

  private static void flatten(
      String prefix, JsonNode node, String file, Map<String, Setting> settings) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = field.getKey();
        String child =
            prefix.isEmpty() ? key : key.startsWith("[") ? prefix + key : prefix + "." + key;
        flatten(child, field.getValue(), file, settings);
      }
    } else if (node.isArray()) {
      boolean scalars = true;
      for (JsonNode item : node) {
        scalars &= item.isValueNode();
      }
      if (scalars) {
        List<String> items = new ArrayList<>();
        node.forEach(item -> items.add(item.asText()));
        settings.put(
            AppConfig.canonical(prefix), new Setting(prefix, String.join(",", items), file));
      } else {
        for (int i = 0; i < node.size(); i++) {
          flatten(prefix + "[" + i + "]", node.get(i), file, settings);
        }
      }
    } else if (!node.isNull()) {
      settings.put(AppConfig.canonical(prefix), new Setting(prefix, node.asText(), file));
    }
  }
}
