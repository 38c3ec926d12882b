package dev.slipway.processor.emit.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.processor.Yaml;
import dev.slipway.processor.emit.prometheus.Compiled;
import dev.slipway.testkit.KubernetesSchemas;
import dev.slipway.testkit.Kustomize;
import dev.slipway.testkit.PromQl;
import dev.slipway.testkit.Promtool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated dashboards: Grafana's current JSON model, a tidy grid, and PromQL that parses. */
class DashboardFileTest {

  private static final Set<String> CURRENT_PANEL_TYPES = Set.of("timeseries", "stat", "gauge");

  @TempDir static Path dir;
  private static Compiled compiled;
  private static JsonNode orders;
  private static JsonNode payments;

  @BeforeAll
  static void compile() {
    compiled = Compiled.ordersAndPayments();
    orders = json(compiled.file("orders/grafana/orders-dashboard.json"));
    payments = json(compiled.file("payments/grafana/payments-dashboard.json"));
  }

  @Test
  void everyPanelQueryIsPromQlThatPrometheusParses() {
    Map<String, String> expressions = new LinkedHashMap<>();
    for (JsonNode dashboard : List.of(orders, payments)) {
      for (JsonNode panel : dashboard.get("panels")) {
        for (JsonNode target : panel.get("targets")) {
          expressions.put(
              dashboard.get("uid").asText()
                  + "_"
                  + panel.get("id").asInt()
                  + "_"
                  + target.get("refId").asText(),
              target.get("expr").asText());
        }
      }
    }
    assertTrue(expressions.size() > 30, "queries found: " + expressions.size());
    PromQl.checkExpressions(expressions, Map.of("namespace", "prod")).assertSuccess();
  }

  @Test
  void dashboardKustomizationRendersAConfigMapForTheGrafanaSidecar() {
    compiled.write("orders/grafana/orders-dashboard.json", dir);
    Path kustomization = compiled.write("orders/grafana/kustomization.yaml", dir);
    String stream = Kustomize.build(kustomization.getParent());
    KubernetesSchemas.assertValidStream(stream);
    JsonNode configMap = Yaml.read(stream);
    assertEquals("orders-dashboard", configMap.at("/metadata/name").asText());
    assertEquals("1", configMap.at("/metadata/labels/grafana_dashboard").asText());
    assertEquals(orders, json(configMap.at("/data/orders-dashboard.json").asText()));
  }

  @Test
  void usesTheCurrentSchemaAndOnlyCurrentPanelTypes() {
    for (JsonNode dashboard : List.of(orders, payments)) {
      assertTrue(dashboard.get("schemaVersion").asInt() >= 39);
      for (JsonNode panel : dashboard.get("panels")) {
        assertTrue(CURRENT_PANEL_TYPES.contains(panel.get("type").asText()), panel.toString());
      }
    }
  }

  @Test
  void panelIdsAreUniqueAndTheGridHasNoOverlapInTwentyFourColumns() {
    for (JsonNode dashboard : List.of(orders, payments)) {
      Set<Integer> ids = new HashSet<>();
      List<int[]> boxes = new ArrayList<>();
      for (JsonNode panel : dashboard.get("panels")) {
        assertTrue(ids.add(panel.get("id").asInt()), "duplicate id " + panel.get("id"));
        JsonNode g = panel.get("gridPos");
        int x = g.get("x").asInt(),
            y = g.get("y").asInt(),
            w = g.get("w").asInt(),
            h = g.get("h").asInt();
        assertTrue(x >= 0 && w > 0 && h > 0 && x + w <= 24, "outside the grid: " + g);
        for (int[] other : boxes) {
          boolean overlap =
              x < other[0] + other[2]
                  && other[0] < x + w
                  && y < other[1] + other[3]
                  && other[1] < y + h;
          assertFalse(overlap, panel.get("title") + " overlaps another panel at " + g);
        }
        boxes.add(new int[] {x, y, w, h});
      }
    }
  }

  @Test
  void panelsLinkToTheRunbookSectionsOfTheServicesOwnAlerts() {
    for (String service : List.of("orders", "payments")) {
      JsonNode dashboard = service.equals("orders") ? orders : payments;
      Set<String> alerts = new HashSet<>();
      Yaml.read(compiled.file(service + "/prometheus/" + service + ".rules.yaml"))
          .at("/groups/1/rules")
          .forEach(rule -> alerts.add(rule.get("alert").asText()));
      Set<String> linked = new HashSet<>();
      for (JsonNode panel : dashboard.get("panels")) {
        for (JsonNode link : panel.path("links")) {
          String alert = link.get("title").asText().replace("Runbook: ", "");
          assertTrue(
              alerts.contains(alert), service + " links to " + alert + ", not one of its alerts");
          assertEquals(
              "https://runbooks.example.com/slipway/"
                  + service
                  + "/runbook.md#"
                  + alert.toLowerCase(),
              link.get("url").asText());
          linked.add(alert);
        }
      }
      assertEquals(alerts, linked, service + ": every alert is linked from a panel");
    }
    // payments has no CPU limit, so no throttling alert, and its CPU panel links nowhere
    assertFalse(panel(payments, "CPU per pod").has("links"));
    assertEquals(
        "Runbook: CpuThrottled", panel(orders, "CPU per pod").at("/links/0/title").asText());
  }

  @Test
  void theErrorRatioReadsZeroWhileEveryRequestSucceeds(@TempDir Path tests) throws IOException {
    // no 5xx yet means no failed series at all: the panel must say 0, not "No data"
    String query =
        panel(orders, "Error ratio (5xx)")
            .at("/targets/0/expr")
            .asText()
            .replace("$namespace", "prod")
            .replace("$__rate_interval", "2m");
    ObjectMapper yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    var file = yaml.createObjectNode();
    file.putArray("rule_files");
    var test = file.putArray("tests").addObject();
    test.put("interval", "30s");
    test.putArray("input_series")
        .addObject()
        .put(
            "series",
            "http_server_requests_seconds_count{job=\"orders\",namespace=\"prod\",uri=\"/orders\",status=\"200\"}")
        .put("values", "0+60x10");
    var check = test.putArray("promql_expr_test").addObject();
    check.put("expr", query);
    check.put("eval_time", "4m");
    check.putArray("exp_samples").addObject().put("labels", "{}").put("value", 0);
    Path path = tests.resolve("panel.test.yaml");
    yaml.writeValue(path.toFile(), file);
    Promtool.testRules(path).assertSuccess();
  }

  private static JsonNode panel(JsonNode dashboard, String title) {
    for (JsonNode panel : dashboard.get("panels")) {
      if (panel.get("title").asText().equals(title)) {
        return panel;
      }
    }
    throw new AssertionError("no panel " + title);
  }

  @Test
  void everyRowIsFilledEdgeToEdge() {
    Map<Integer, Integer> widthPerRow = new LinkedHashMap<>();
    orders
        .get("panels")
        .forEach(
            p ->
                widthPerRow.merge(
                    p.at("/gridPos/y").asInt(), p.at("/gridPos/w").asInt(), Integer::sum));
    widthPerRow.values().forEach(w -> assertEquals(24, w));
  }

  @Test
  void readsTheDatasourceAndNamespaceVariables() {
    JsonNode variables = orders.at("/templating/list");
    assertEquals("datasource", variables.get(0).get("type").asText());
    assertEquals("prometheus", variables.get(0).get("query").asText());
    assertEquals("namespace", variables.get(1).get("name").asText());
    assertEquals("prod", variables.get(1).at("/current/value").asText());
    for (JsonNode panel : orders.get("panels")) {
      assertEquals("${datasource}", panel.at("/datasource/uid").asText());
      for (JsonNode target : panel.get("targets")) {
        assertEquals("${datasource}", target.at("/datasource/uid").asText());
        assertTrue(
            target.get("expr").asText().contains("namespace=\"$namespace\""), target.toString());
      }
    }
  }

  @Test
  void hasTheRequiredPanels() {
    List<String> titles = titles(orders);
    for (String title :
        List.of(
            "Traffic by status",
            "Error ratio (5xx)",
            "Latency percentiles",
            "Availability error budget left",
            "Error budget burn rate",
            "CPU per pod",
            "Memory working set per pod",
            "Container restarts",
            "Replicas")) {
      assertTrue(titles.contains(title), title + " missing from " + titles);
    }
    assertTrue(titles.contains("Traffic share by version"), "canary progress for a Rollout");
    assertFalse(
        titles(payments).contains("Traffic share by version"), "no canary panel for a Deployment");
  }

  @Test
  void replicasPanelShowsTheAutoscalerBoundsOnlyWhenThereIsOne() {
    assertTrue(
        queries(orders, "Replicas").stream()
            .anyMatch(q -> q.contains("kube_horizontalpodautoscaler_spec_max_replicas")));
    assertTrue(
        queries(orders, "Replicas").stream()
            .anyMatch(q -> q.contains("rollout_info_replicas_available")));
    assertFalse(
        queries(payments, "Replicas").stream()
            .anyMatch(q -> q.contains("horizontalpodautoscaler")));
    assertTrue(
        queries(payments, "Replicas").stream()
            .anyMatch(q -> q.contains("kube_deployment_status_replicas_available")));
  }

  @Test
  void uidIsStableShortAndDerivedFromTheServiceName() {
    assertEquals("slipway-orders", orders.get("uid").asText());
    String longName = "a-very-long-service-name-that-goes-on-and-on-for-a-while";
    String other = "a-very-long-service-name-that-goes-on-and-on-for-another-while";
    String first = uidOf(longName);
    assertTrue(first.length() <= 40, first);
    assertTrue(first.startsWith("slipway-a-very-long"), first);
    assertEquals(first, uidOf(longName), "same name, same uid");
    assertNotEquals(first, uidOf(other), "same prefix, different uid");
  }

  private static String uidOf(String serviceName) {
    String source =
        "package com.acme; import dev.slipway.annotations.*;\n"
            + "@Service(name = \""
            + serviceName
            + "\", image = \"ghcr.io/acme/x:1.0.0\", port = 8080, team = \"t\")\n"
            + "@HealthCheck(liveness = \"/live\", readiness = \"/ready\")\n"
            + "public final class X {}";
    Compiled compiled = Compiled.compile(Map.of("com.acme.X", source));
    return json(compiled.file(serviceName + "/grafana/" + serviceName + "-dashboard.json"))
        .get("uid")
        .asText();
  }

  private static List<String> titles(JsonNode dashboard) {
    List<String> titles = new ArrayList<>();
    dashboard.get("panels").forEach(p -> titles.add(p.get("title").asText()));
    return titles;
  }

  private static List<String> queries(JsonNode dashboard, String title) {
    List<String> queries = new ArrayList<>();
    dashboard
        .get("panels")
        .forEach(
            p -> {
              if (p.get("title").asText().equals(title)) {
                p.get("targets").forEach(t -> queries.add(t.get("expr").asText()));
              }
            });
    return queries;
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
