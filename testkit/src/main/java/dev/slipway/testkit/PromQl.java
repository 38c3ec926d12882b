package dev.slipway.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves that PromQL expressions parse, with Prometheus' own parser: each expression becomes one
 * recording rule {@code check:<name>} in a temporary rule file that {@code promtool check rules}
 * reads.
 *
 * <p>Dashboard queries contain Grafana template variables, which are not PromQL. They are replaced
 * first, explicitly:
 *
 * <ul>
 *   <li>Grafana's built-in interval and range variables get the fixed values of {@link
 *       #GRAFANA_BUILT_INS} ({@code $__rate_interval} becomes {@code 1m}, {@code $__range} becomes
 *       {@code 1h}, ...), so {@code rate(x[$__rate_interval])} stays a range query;
 *   <li>any other variable ({@code $namespace}, {@code ${service}}, {@code ${job:regex}}, {@code
 *       [[pod]]}) gets the value given for it in {@code variables}, or else its own name, which is
 *       a valid label value, label name and identifier.
 * </ul>
 *
 * {@code $1} and {@code ${1}} (capture-group references in {@code label_replace}) are left alone.
 */
public final class PromQl {

  /** The values that Grafana's built-in variables are replaced with. */
  public static final Map<String, String> GRAFANA_BUILT_INS =
      Map.of(
          "__rate_interval", "1m",
          "__interval", "1m",
          "__interval_ms", "60000",
          "__range", "1h",
          "__range_s", "3600",
          "__range_ms", "3600000");

  // ${name} or ${name:format}, [[name]] or [[name:format]], or $name; names start with a letter
  // or an underscore, so label_replace's $1 is not a variable.
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$\\{([A-Za-z_]\\w*)(?::[^}]*)?}|\\[\\[([A-Za-z_]\\w*)(?::[^]]*)?]]|\\$([A-Za-z_]\\w*)");
  private static final Pattern NOT_IN_METRIC_NAME = Pattern.compile("[^A-Za-z0-9_:]");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PromQl() {}

  /** Checks each expression (by name) with no variable values given: see the class comment. */
  public static Promtool.Result checkExpressions(Map<String, String> namedExpressions) {
    return checkExpressions(namedExpressions, Map.of());
  }

  /**
   * Checks each expression (by name) after replacing Grafana variables: {@code variables} maps a
   * variable's name (without {@code $}) to the text it stands for.
   */
  public static Promtool.Result checkExpressions(
      Map<String, String> namedExpressions, Map<String, String> variables) {
    if (namedExpressions.isEmpty()) {
      throw new IllegalArgumentException("no PromQL expressions to check");
    }
    ObjectNode ruleFile = YAML.createObjectNode();
    ObjectNode group = ruleFile.putArray("groups").addObject().put("name", "promql-check");
    ArrayNode rules = group.putArray("rules");
    Set<String> recordNames = new HashSet<>();
    new TreeMap<>(namedExpressions)
        .forEach(
            (name, expression) -> {
              String record = "check:" + NOT_IN_METRIC_NAME.matcher(name).replaceAll("_");
              if (!recordNames.add(record)) {
                throw new IllegalArgumentException(
                    "two expression names give the record name " + record);
              }
              rules
                  .addObject()
                  .put("record", record)
                  .put("expr", substituteGrafanaVariables(expression, variables));
            });
    Path directory = null;
    try {
      directory = Files.createTempDirectory("slipway-promql-");
      Path file = directory.resolve("expressions.rules.yaml");
      YAML.writeValue(file.toFile(), ruleFile);
      return Promtool.checkRules(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the temporary rule file", e);
    } finally {
      if (directory != null) {
        try {
          Files.deleteIfExists(directory.resolve("expressions.rules.yaml"));
          Files.deleteIfExists(directory);
        } catch (IOException ignored) {
          // a leftover temp file does not change the check's result
        }
      }
    }
  }

  /** Replaces the Grafana variables in {@code expression} as described in the class comment. */
  public static String substituteGrafanaVariables(
      String expression, Map<String, String> variables) {
    Matcher matcher = VARIABLE.matcher(expression);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String name =
          matcher.group(1) != null
              ? matcher.group(1)
              : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      String value = variables.getOrDefault(name, GRAFANA_BUILT_INS.getOrDefault(name, name));
      matcher.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(result);
    return result.toString();
  }
}
