package dev.slipway.processor.emit.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.Yaml;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.testkit.Promtool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code promtool test rules} file for one generated rule file: synthetic input series and the
 * alerts expected at given times. Expected annotations are the rule's own, with the {@code {{
 * $labels.x }}} templates filled in from the expected labels, so the test also proves that the
 * templates render.
 */
final class RuleUnitTest {

  private static final Pattern LABEL_TEMPLATE = Pattern.compile("\\{\\{ \\$labels\\.(\\w+) }}");

  private final Path ruleFile;
  private final JsonNode rules;
  private final ObjectNode test = Serialization.object();
  private final ArrayNode series;
  private final ArrayNode alertTests;
  private final String interval;

  RuleUnitTest(Path ruleFile, String name) {
    this(ruleFile, name, "1m");
  }

  /**
   * A test whose series are spaced {@code interval} apart and whose rules are evaluated as often:
   * tests over days use {@code 5m} to keep promtool fast.
   */
  RuleUnitTest(Path ruleFile, String name, String interval) {
    this.interval = interval;
    this.ruleFile = ruleFile;
    try {
      this.rules = Yaml.read(Files.readString(ruleFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    test.put("name", name);
    test.put("interval", interval);
    series = test.putArray("input_series");
    alertTests = test.putArray("alert_rule_test");
  }

  /** One input series in promtool's expanding notation, for example {@code 0+10x60}. */
  RuleUnitTest series(String selector, String values) {
    ObjectNode s = series.addObject();
    s.put("series", selector);
    s.put("values", values);
    return this;
  }

  /** At {@code evalTime}, {@code expr} gives one sample of {@code value}, whatever its labels. */
  RuleUnitTest valueAt(String evalTime, String expr, String value) {
    ObjectNode t = expressionTests().addObject();
    t.put("expr", "sum(" + expr + ")");
    t.put("eval_time", evalTime);
    t.putArray("exp_samples")
        .addObject()
        .put("labels", "{}")
        .put("value", Double.parseDouble(value));
    return this;
  }

  private ArrayNode expressionTests() {
    return test.has("promql_expr_test")
        ? (ArrayNode) test.get("promql_expr_test")
        : test.putArray("promql_expr_test");
  }

  /** At {@code evalTime}, {@code alert} is not firing (it may be pending). */
  RuleUnitTest silentAt(String evalTime, String alert) {
    ObjectNode t = alertTests.addObject();
    t.put("eval_time", evalTime);
    t.put("alertname", alert);
    t.putArray("exp_alerts");
    return this;
  }

  /**
   * At {@code evalTime}, exactly these {@code alert}s fire, one per label set (each label set's
   * {@code severity} picks which rule of that name is meant).
   */
  @SafeVarargs
  final RuleUnitTest firingAt(String evalTime, String alert, Map<String, String>... labelSets) {
    ObjectNode t = alertTests.addObject();
    t.put("eval_time", evalTime);
    t.put("alertname", alert);
    ArrayNode expAlerts = t.putArray("exp_alerts");
    for (Map<String, String> labels : labelSets) {
      ObjectNode expected = expAlerts.addObject();
      ObjectNode expLabels = expected.putObject("exp_labels");
      new TreeMap<>(labels).forEach(expLabels::put);
      ObjectNode expAnnotations = expected.putObject("exp_annotations");
      rule(alert, labels.get("severity"))
          .get("annotations")
          .fields()
          .forEachRemaining(
              a -> expAnnotations.put(a.getKey(), render(a.getValue().asText(), labels)));
    }
    return this;
  }

  /** Writes the test next to the rule file and runs promtool on it. */
  Promtool.Result run() {
    ObjectNode file = Serialization.object();
    file.putArray("rule_files").add(ruleFile.toAbsolutePath().toString());
    file.put("evaluation_interval", interval);
    file.putArray("tests").add(test);
    try {
      Path testFile = Files.createTempFile(ruleFile.getParent(), "test-", ".yaml");
      Files.writeString(testFile, Serialization.yaml(file));
      return Promtool.testRules(testFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode rule(String alert, String severity) {
    for (JsonNode group : rules.get("groups")) {
      for (JsonNode rule : group.get("rules")) {
        if (alert.equals(rule.path("alert").asText())
            && severity.equals(rule.path("labels").path("severity").asText())) {
          return rule;
        }
      }
    }
    throw new AssertionError(
        "no alert " + alert + " with severity " + severity + " in " + ruleFile);
  }

  private static String render(String template, Map<String, String> labels) {
    Matcher m = LABEL_TEMPLATE.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(labels.getOrDefault(m.group(1), "")));
    }
    return m.appendTail(sb).toString();
  }
}
