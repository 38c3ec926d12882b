package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slipway.testkit.KubernetesSchemas;
import dev.slipway.testkit.PromQl;
import dev.slipway.testkit.Promtool;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example app's own alert rules, dashboards and runbooks, as this build's compile wrote them
 * into target/classes/META-INF/slipway, checked by the tools that will read them.
 */
class ObservabilityArtifactsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every workload: the two services, the worker and the scheduled job. */
  private static final List<String> SERVICES =
      List.of("orders", "payments", "invoicing", "reconciliation");

  /**
   * What scrapes each: a ServiceMonitor through the Service, a PodMonitor for the worker, nothing
   * for the job.
   */
  private static final Map<String, List<String>> MONITORING =
      Map.of(
          "orders", List.of("PrometheusRule", "ServiceMonitor"),
          "payments", List.of("PrometheusRule", "ServiceMonitor"),
          "invoicing", List.of("PrometheusRule", "PodMonitor"),
          "reconciliation", List.of("PrometheusRule"));

  @Test
  void ruleFilesPassPromtoolCheck() throws Exception {
    Promtool.checkRules(
            file("orders/prometheus/orders.rules.yaml"),
            file("payments/prometheus/payments.rules.yaml"),
            file("invoicing/prometheus/invoicing.rules.yaml"),
            file("reconciliation/prometheus/reconciliation.rules.yaml"),
            Path.of(
                "..",
                "example-catalog",
                "target",
                "classes",
                "META-INF",
                "slipway",
                "catalog",
                "prometheus",
                "catalog.rules.yaml"))
        .assertSuccess();
  }

  @Test
  void ordersPagesAtTwentyTimesItsErrorBudgetRate(@TempDir Path dir) throws Exception {
    // 2 % of orders' requests fail, 20 × its 0.1 % budget: the page fires within 10 minutes
    String ok =
        "http_server_requests_seconds_count{job=\"orders\",namespace=\"prod\",uri=\"/orders\",status=\"201\"}";
    String failed =
        "http_server_requests_seconds_count{job=\"orders\",namespace=\"prod\",uri=\"/orders\",status=\"502\"}";
    JsonNode alert = alertRule("orders", "ErrorBudgetBurn", "page");
    ObjectNode test = YAML.createObjectNode();
    test.putArray("rule_files").add(file("orders/prometheus/orders.rules.yaml").toString());
    test.put("evaluation_interval", "1m");
    ObjectNode unit = test.putArray("tests").addObject();
    unit.put("interval", "1m");
    ObjectNode s1 = unit.putArray("input_series").addObject();
    s1.put("series", ok);
    s1.put("values", "0+980x30");
    ObjectNode s2 =
        ((com.fasterxml.jackson.databind.node.ArrayNode) unit.get("input_series")).addObject();
    s2.put("series", failed);
    s2.put("values", "0+20x30");
    ObjectNode check = unit.putArray("alert_rule_test").addObject();
    check.put("eval_time", "10m");
    check.put("alertname", "ErrorBudgetBurn");
    ObjectNode expected = check.putArray("exp_alerts").addObject();
    ObjectNode labels = expected.putObject("exp_labels");
    labels.put("namespace", "prod");
    alert
        .get("labels")
        .fields()
        .forEachRemaining(l -> labels.put(l.getKey(), l.getValue().asText()));
    ObjectNode annotations = expected.putObject("exp_annotations");
    alert
        .get("annotations")
        .fields()
        .forEachRemaining(
            a ->
                annotations.put(
                    a.getKey(), a.getValue().asText().replace("{{ $labels.namespace }}", "prod")));
    Path testFile = dir.resolve("orders-test.yaml");
    YAML.writeValue(testFile.toFile(), test);
    Promtool.testRules(testFile).assertSuccess();
  }

  @Test
  void monitoringObjectsMatchThePrometheusOperatorSchemas() throws Exception {
    for (String service : SERVICES) {
      List<JsonNode> base =
          YAML.readerFor(JsonNode.class)
              .<JsonNode>readValues(file(service + "/base/manifests.yaml").toFile())
              .readAll();
      for (String kind : MONITORING.get(service)) {
        List<JsonNode> objects =
            base.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
        assertEquals(1, objects.size(), service + "'s base holds one " + kind);
        KubernetesSchemas.assertValid(objects.get(0));
      }
    }
  }

  @Test
  void dashboardQueriesParse() throws Exception {
    Map<String, String> expressions = new LinkedHashMap<>();
    for (String service : SERVICES) {
      JsonNode dashboard =
          JSON.readTree(file(service + "/grafana/" + service + "-dashboard.json").toFile());
      dashboard
          .get("panels")
          .forEach(
              p ->
                  p.get("targets")
                      .forEach(
                          t ->
                              expressions.put(
                                  service + "_" + p.get("id") + "_" + t.get("refId").asText(),
                                  t.get("expr").asText())));
    }
    PromQl.checkExpressions(expressions).assertSuccess();
  }

  @Test
  void everyRunbookUrlLandsOnARunbookHeading() throws Exception {
    Pattern heading = Pattern.compile("^## (\\w+)$", Pattern.MULTILINE);
    for (String service : SERVICES) {
      String runbook = Files.readString(file(service + "/runbook.md"));
      for (JsonNode rule : rules(service)) {
        String url = rule.at("/annotations/runbook_url").asText();
        String anchor = url.substring(url.indexOf('#') + 1);
        Matcher m = heading.matcher(runbook);
        boolean found = false;
        while (m.find()) {
          found |= m.group(1).toLowerCase().equals(anchor);
        }
        assertTrue(
            url.startsWith(
                "https://github.com/acme/shop/blob/main/runbooks/" + service + "/runbook.md#"),
            url);
        assertTrue(found, url + ": no heading for #" + anchor);
      }
    }
  }

  private static List<JsonNode> rules(String service) throws IOException, URISyntaxException {
    JsonNode groups =
        YAML.readTree(file(service + "/prometheus/" + service + ".rules.yaml").toFile())
            .get("groups");
    List<JsonNode> alerts = new java.util.ArrayList<>();
    groups.forEach(
        g ->
            g.get("rules")
                .forEach(
                    r -> {
                      if (r.has("alert")) {
                        alerts.add(r);
                      }
                    }));
    return alerts;
  }

  private static JsonNode alertRule(String service, String name, String severity) throws Exception {
    return rules(service).stream()
        .filter(
            r ->
                r.get("alert").asText().equals(name)
                    && r.at("/labels/severity").asText().equals(severity))
        .findFirst()
        .orElseThrow();
  }

  /** A generated file of the example app, from the class output. */
  private static Path file(String path) throws URISyntaxException {
    var url =
        ObservabilityArtifactsTest.class.getClassLoader().getResource("META-INF/slipway/" + path);
    if (url == null) {
      throw new AssertionError("the compile did not write META-INF/slipway/" + path);
    }
    return Path.of(url.toURI());
  }
}
