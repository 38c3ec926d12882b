package dev.slipway.processor.emit.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.SlipwayCompiler;
import dev.slipway.processor.Yaml;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.testkit.KubernetesSchemas;
import dev.slipway.testkit.Kustomize;
import dev.slipway.testkit.Promtool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated rules, checked by the tools that read them: promtool parses them, promtool's unit
 * tests prove each alert fires when it should and stays silent when it should not, and the
 * Prometheus Operator CRD schemas accept the PrometheusRule and ServiceMonitor.
 */
class PrometheusRulesTest {

  private static final String ORDERS_RULES = "orders/prometheus/orders.rules.yaml";
  private static final String PAYMENTS_RULES = "payments/prometheus/payments.rules.yaml";
  private static final String ORDERS_POD = "orders-7d9f8b6c5-x2x4z";

  /** Orders: 99.9 % availability (budget 0.001), 99 % within 300ms (budget 0.01), over 30d. */
  private static final String OK =
      "http_server_requests_seconds_count{job=\"orders\",namespace=\"prod\",uri=\"/orders\",status=\"200\"}";

  private static final String FAILED =
      "http_server_requests_seconds_count{job=\"orders\",namespace=\"prod\",uri=\"/orders\",status=\"500\"}";
  private static final String PROBES =
      "http_server_requests_seconds_count{job=\"orders\",namespace=\"prod\",uri=\"/health/ready\",status=\"503\"}";
  private static final String FAST =
      "http_server_requests_seconds_bucket{job=\"orders\",namespace=\"prod\",uri=\"/orders\",status=\"200\",le=\"0.3\"}";

  private static Compiled compiled;
  @TempDir static Path dir;
  private static Path ordersRules;
  private static Path paymentsRules;

  @BeforeAll
  static void compile() {
    compiled = Compiled.ordersAndPayments();
    ordersRules = compiled.write(ORDERS_RULES, dir);
    paymentsRules = compiled.write(PAYMENTS_RULES, dir);
  }

  @Test
  void promtoolAcceptsEveryRuleFile() {
    Promtool.checkRules(ordersRules, paymentsRules).assertSuccess();
  }

  @Test
  void prometheusRuleAndServiceMonitorMatchTheOperatorSchemas() {
    for (String service : List.of("orders", "payments")) {
      KubernetesSchemas.assertValid(baseObject(service, "PrometheusRule"));
      KubernetesSchemas.assertValid(baseObject(service, "ServiceMonitor"));
    }
  }

  @Test
  void baseWithTheMonitoringObjectsRendersWithKustomize() {
    compiled.files().keySet().stream()
        .filter(p -> p.startsWith("orders/base/"))
        .forEach(p -> compiled.write(p, dir));
    String stream = Kustomize.build(dir.resolve("orders/base"));
    KubernetesSchemas.assertValidStream(stream);
    assertTrue(
        stream.contains("kind: ServiceMonitor") && stream.contains("kind: PrometheusRule"), stream);
  }

  @Test
  void outputIsByteIdenticalAcrossCompiles() {
    assertEquals(compiled.files(), Compiled.ordersAndPayments().files());
  }

  @Test
  void prometheusRuleHasTheGroupsOfThePlainRuleFile() {
    assertEquals(
        yaml(ORDERS_RULES).get("groups"),
        baseObject("orders", "PrometheusRule").at("/spec/groups"));
  }

  @Test
  void baseEndsWithTheMonitoringObjects() {
    List<JsonNode> base = SlipwayCompiler.documents(compiled.file("orders/base/manifests.yaml"));
    assertEquals(
        List.of("ServiceMonitor", "PrometheusRule"),
        base.subList(base.size() - 2, base.size()).stream()
            .map(o -> o.get("kind").asText())
            .toList());
  }

  @Test
  void serviceMonitorScrapesTheNamedPortPathAndInterval() {
    JsonNode monitor = baseObject("orders", "ServiceMonitor");
    assertEquals(
        "orders", monitor.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
    JsonNode endpoint = monitor.at("/spec/endpoints/0");
    assertEquals("http", endpoint.get("port").asText());
    assertEquals("/metrics", endpoint.get("path").asText());
    assertEquals("30s", endpoint.get("interval").asText());
  }

  @Test
  void everyAlertHasRoutingLabelsAndRunbookAnnotationsAndNoValueInLabels() {
    for (String file : List.of(ORDERS_RULES, PAYMENTS_RULES)) {
      for (JsonNode alert : alerts(file)) {
        String name = alert.get("alert").asText();
        JsonNode labels = alert.get("labels");
        assertTrue(
            Set.of("page", "ticket", "warning").contains(labels.path("severity").asText()), name);
        assertFalse(labels.path("team").asText().isEmpty(), name);
        assertFalse(labels.path("service").asText().isEmpty(), name);
        labels.forEach(
            v -> assertFalse(v.asText().contains("$value") || v.asText().contains("{{"), name));
        JsonNode annotations = alert.get("annotations");
        assertFalse(annotations.path("summary").asText().isEmpty(), name);
        assertFalse(annotations.path("description").asText().isEmpty(), name);
        String service = labels.get("service").asText();
        assertEquals(
            "https://runbooks.example.com/slipway/" + service + "/runbook.md#" + name.toLowerCase(),
            annotations.path("runbook_url").asText());
        assertTrue(name.matches("([A-Z][a-z0-9]+)+"), "CamelCase alert name " + name);
      }
    }
  }

  @Test
  void availabilityAndLatencyBurnAlertsComeAsPageAndTicket() {
    Map<String, List<String>> severities = new HashMap<>();
    for (JsonNode alert : alerts(ORDERS_RULES)) {
      String key = alert.get("alert").asText() + "/" + alert.at("/labels/slo").asText();
      severities
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(alert.at("/labels/severity").asText());
    }
    assertEquals(List.of("page", "ticket"), severities.get("ErrorBudgetBurn/availability"));
    assertEquals(List.of("page", "ticket"), severities.get("LatencyBudgetBurn/latency"));
  }

  @Test
  void alertsExistOnlyWhereTheyCanHappen() {
    List<String> orders = alertNames(ORDERS_RULES);
    List<String> payments = alertNames(PAYMENTS_RULES);
    // orders: canary (Rollout), autoscaling, CPU and memory limits
    assertTrue(
        orders.containsAll(
            List.of("AutoscalerAtMax", "CpuThrottled", "MemoryNearLimit", "RolloutFailed")),
        orders::toString);
    // payments: Deployment, fixed replicas, no CPU limit
    assertFalse(payments.contains("AutoscalerAtMax"), payments::toString);
    assertFalse(payments.contains("CpuThrottled"), payments::toString);
    assertFalse(payments.contains("RolloutFailed"), payments::toString);
    assertTrue(
        payments.containsAll(
            List.of(
                "TargetDown",
                "MetricsAbsent",
                "LatencyBucketMissing",
                "CrashLooping",
                "ReplicasUnavailable",
                "MemoryNearLimit")));
  }

  // --- promtool unit tests: each alert fires when it should and stays silent when it should not

  @Test
  void availabilityPageFiresWithinMinutesAtTwentyTimesTheBudgetRate() {
    // 2 % of requests fail: 20 × the 0.1 % budget
    unitTest("availability 20x")
        .series(OK, "0+980x120")
        .series(FAILED, "0+20x120")
        .silentAt("1m", "ErrorBudgetBurn")
        .firingAt("10m", "ErrorBudgetBurn", burn("availability", "page"))
        .run()
        .assertSuccess();
  }

  @Test
  void theSameBurnIsATicketInDevelopmentAndSaysWhichEnvironment() {
    // the dev overlay's PrometheusRule, as kubectl kustomize renders it
    compiled.files().keySet().stream()
        .filter(p -> p.startsWith("orders/base/") || p.startsWith("orders/overlays/dev/"))
        .forEach(p -> compiled.write(p, dir));
    String dev = Kustomize.build(dir.resolve("orders/overlays/dev"));
    JsonNode rule = SlipwayCompiler.object("orders/overlays/dev", dev, "PrometheusRule");
    ObjectNode file = Serialization.object();
    file.set("groups", rule.at("/spec/groups"));
    Path devRules = dir.resolve("orders-dev.rules.yaml");
    write(devRules, Serialization.yaml(file));
    Map<String, String> ticket = burn("availability", "ticket");
    ticket.put("environment", "dev");
    // production pages at 10m (availabilityPageFiresWithinMinutesAtTwentyTimesTheBudgetRate);
    // dev never pages: the same outage is its slow-burn ticket, once the 2h window crosses 3x
    new RuleUnitTest(devRules, "availability 20x in dev")
        .series(OK, "0+980x120")
        .series(FAILED, "0+20x120")
        .silentAt("10m", "ErrorBudgetBurn")
        .firingAt("100m", "ErrorBudgetBurn", ticket)
        .run()
        .assertSuccess();
  }

  @Test
  void availabilityPageFiresWithinTheWorkbookDetectionTimeAfterAHealthyHistory() {
    // six clean hours, then 20x: the 1h window crosses 14.4x after 14.4/20 h = 43 min, and the
    // page needs 2 more minutes (for: 2m); by then the slow 3d/6h ticket fires too
    unitTest("availability 20x after six clean hours")
        .series(OK, "0+1000x360 360000+980x120")
        .series(FAILED, "0x360 0+20x120")
        .firingAt("400m", "ErrorBudgetBurn", burn("availability", "ticket"))
        .firingAt(
            "410m", "ErrorBudgetBurn", burn("availability", "page"), burn("availability", "ticket"))
        .run()
        .assertSuccess();
  }

  @Test
  void availabilityAlertsNeverFireAtHalfTheBudgetRate() {
    // 0.05 % of requests fail for four days: half the budget rate, neither page nor ticket
    RuleUnitTest test =
        new RuleUnitTest(ordersRules, "availability 0.5x", "5m")
            .series(OK, "0+9995x1152")
            .series(FAILED, "0+5x1152");
    for (String t : List.of("10m", "1h", "6h", "1d", "3d", "4d")) {
      test.silentAt(t, "ErrorBudgetBurn");
    }
    test.run().assertSuccess();
  }

  @Test
  void availabilityTicketFiresOnASlowBurnThatNeverPages() {
    // 0.5 % fail: 5x, under the page factors (14.4 and 6) but over the ticket's 3x; the expected
    // alert list is exact, so the page rule must stay silent
    new RuleUnitTest(ordersRules, "availability 5x", "5m")
        .series(OK, "0+4975x300")
        .series(FAILED, "0+25x300")
        .firingAt("1d", "ErrorBudgetBurn", burn("availability", "ticket"))
        .run()
        .assertSuccess();
  }

  @Test
  void probeFailuresDoNotCountAgainstTheAvailabilitySlo() {
    unitTest("failing readiness probes")
        .series(OK, "0+1000x60")
        .series(PROBES, "0+500x60")
        .silentAt("30m", "ErrorBudgetBurn")
        .run()
        .assertSuccess();
  }

  @Test
  void aSpringBootPodThatIsNotReadyDoesNotBurnTheBudget(@TempDir Path springDir) {
    // Actuator times every probe under /actuator/health/**: one unready pod answers its readiness
    // probe with 503 every 10 s, next to one user request a second, all of them fine
    Path rules =
        Compiled.compile(
                Map.of(
                    "com.acme.shop.ShopService",
                    """
                    package com.acme.shop;
                    import dev.slipway.annotations.*;
                    @Service(name = "shop", image = "ghcr.io/acme/shop:1.0.0", team = "retail")
                    @HealthCheck(liveness = "/actuator/health/liveness", readiness = "/actuator/health/readiness", startup = "")
                    @Metrics(path = "/actuator/prometheus")
                    public final class ShopService {}
                    """))
            .write("shop/prometheus/shop.rules.yaml", springDir);
    String shop = "http_server_requests_seconds_count{job=\"shop\",namespace=\"prod\",";
    new RuleUnitTest(rules, "an unready Spring Boot pod")
        .series(shop + "uri=\"/cart\",status=\"200\"}", "0+60x120")
        .series(shop + "uri=\"/actuator/health/**\",status=\"503\"}", "0+6x120")
        .series(shop + "uri=\"/actuator/health/**\",status=\"200\"}", "0+6x120")
        .series(shop + "uri=\"/actuator/prometheus\",status=\"200\"}", "0+2x120")
        .valueAt("30m", "slo:sli_error:ratio_rate5m{slo=\"availability\"}", "0")
        .silentAt("30m", "ErrorBudgetBurn")
        .silentAt("2h", "ErrorBudgetBurn")
        .run()
        .assertSuccess();
  }

  @Test
  void aTrickleOfTrafficWithAFailureAnHourDoesNotPage() {
    // nine good requests and one failed request an hour: a 10 % error ratio, 100 times the
    // budget, but one bad request an hour is under @Slo(minBadRequests = 10): never a page; the
    // ticket once ten have failed within its day-long window
    new RuleUnitTest(ordersRules, "a trickle", "5m")
        .series(OK, "0+0.75x288")
        .series(FAILED, "0+0.0833333x288")
        .silentAt("1h", "ErrorBudgetBurn")
        .silentAt("6h", "ErrorBudgetBurn")
        .firingAt("12h", "ErrorBudgetBurn", burn("availability", "ticket"))
        .firingAt("1d", "ErrorBudgetBurn", burn("availability", "ticket"))
        .run()
        .assertSuccess();
  }

  @Test
  void theSameErrorRatioAtRealTrafficPages() {
    unitTest("10 % at real traffic")
        .series(OK, "0+900x120")
        .series(FAILED, "0+100x120")
        .firingAt("10m", "ErrorBudgetBurn", burn("availability", "page"))
        .run()
        .assertSuccess();
  }

  @Test
  void latencyPageFiresWithinMinutesAtTwentyTimesTheBudgetRate() {
    // 20 % of requests slower than 300ms: 20 × the 1 % budget
    unitTest("latency 20x")
        .series(OK, "0+1000x120")
        .series(FAST, "0+800x120")
        .firingAt("10m", "LatencyBudgetBurn", burn("latency", "page"))
        .run()
        .assertSuccess();
  }

  @Test
  void latencyAlertsNeverFireAtHalfTheBudgetRate() {
    RuleUnitTest test =
        new RuleUnitTest(ordersRules, "latency 0.5x", "5m")
            .series(OK, "0+5000x1152")
            .series(FAST, "0+4975x1152");
    for (String t : List.of("10m", "1h", "6h", "1d", "3d", "4d")) {
      test.silentAt(t, "LatencyBudgetBurn");
    }
    test.run().assertSuccess();
  }

  @Test
  void latencyThresholdBucketMatchesTheJavaSpellingOfWholeSeconds() {
    // a 1s threshold is le="1.0" in Micrometer's output and le="1" in Go's
    Compiled oneSecond =
        Compiled.compile(
            Map.of(
                "com.acme.orders.OrdersService",
                Compiled.ORDERS.replace("latency = \"300ms\"", "latency = \"1s\"")));
    Path rules = oneSecond.write(ORDERS_RULES, dir.resolve("one-second"));
    for (String le : List.of("1", "1.0")) {
      new RuleUnitTest(rules, "latency 20x, le=" + le)
          .series(OK, "0+1000x60")
          .series(FAST.replace("le=\"0.3\"", "le=\"" + le + "\""), "0+800x60")
          .firingAt("10m", "LatencyBudgetBurn", burn("latency", "page"))
          .run()
          .assertSuccess();
    }
  }

  @Test
  void targetDownFiresAfterItsFiveMinutesAndNotForAHealthyTarget() {
    String up =
        "up{job=\"orders\",namespace=\"prod\",pod=\""
            + ORDERS_POD
            + "\",instance=\"10.0.0.7:8080\"}";
    unitTest("target down")
        .series(up, "0x20")
        .silentAt("4m", "TargetDown")
        .firingAt(
            "6m", "TargetDown", labels("ticket", Map.of("namespace", "prod", "pod", ORDERS_POD)))
        .run()
        .assertSuccess();
    unitTest("target up").series(up, "1x20").silentAt("10m", "TargetDown").run().assertSuccess();
  }

  @Test
  void metricsAbsentFiresWhenNoRequestSeriesExists() {
    unitTest("no http metrics")
        .series("up{job=\"orders\",namespace=\"prod\"}", "1x30")
        .firingAt("20m", "MetricsAbsent", labels("ticket", Map.of("job", "orders")))
        .run()
        .assertSuccess();
    unitTest("http metrics")
        .series(OK, "0+10x30")
        .silentAt("20m", "MetricsAbsent")
        .run()
        .assertSuccess();
  }

  @Test
  void latencyBucketMissingFiresWhenTheSloThresholdOrTheP99BoundIsNotABucketBoundary() {
    unitTest("no 0.3 bucket")
        .series(OK, "0+10x30")
        .series(FAST.replace("le=\"0.3\"", "le=\"0.25\""), "0+9x30")
        .firingAt("20m", "LatencyBucketMissing", labels("warning", Map.of("namespace", "prod")))
        .run()
        .assertSuccess();
    unitTest("no 0.5 bucket for the canary's p99 bound")
        .series(OK, "0+10x30")
        .series(FAST, "0+9x30")
        .firingAt("20m", "LatencyBucketMissing", labels("warning", Map.of("namespace", "prod")))
        .run()
        .assertSuccess();
    unitTest("both buckets present")
        .series(OK, "0+10x30")
        .series(FAST, "0+9x30")
        .series(FAST.replace("le=\"0.3\"", "le=\"0.5\""), "0+10x30")
        .silentAt("20m", "LatencyBucketMissing")
        .run()
        .assertSuccess();
  }

  @Test
  void crashLoopingFiresOnRepeatedRestartsAndNotOnAnOldRestartCount() {
    String restarts =
        "kube_pod_container_status_restarts_total{namespace=\"prod\",pod=\""
            + ORDERS_POD
            + "\",container=\"orders\"}";
    unitTest("crash looping")
        .series(restarts, "0+1x40")
        .firingAt(
            "20m",
            "CrashLooping",
            labels("ticket", Map.of("namespace", "prod", "pod", ORDERS_POD, "container", "orders")))
        .run()
        .assertSuccess();
    unitTest("restarted long ago")
        .series(restarts, "3x40")
        .silentAt("30m", "CrashLooping")
        .run()
        .assertSuccess();
  }

  @Test
  void crashLoopingIgnoresPodsOfAnotherServiceWithTheSamePrefix() {
    String other =
        "kube_pod_container_status_restarts_total{namespace=\"prod\",pod=\"orders-api-7d9f8b6c5-x2x4z\",container=\"orders\"}";
    unitTest("another service")
        .series(other, "0+1x40")
        .silentAt("20m", "CrashLooping")
        .run()
        .assertSuccess();
  }

  @Test
  void memoryNearLimitFiresAboveNinetyPercentOfTheLimit() {
    String limit =
        "kube_pod_container_resource_limits{namespace=\"prod\",pod=\""
            + ORDERS_POD
            + "\",container=\"orders\",resource=\"memory\",unit=\"byte\"}";
    String workingSet =
        "container_memory_working_set_bytes{namespace=\"prod\",pod=\""
            + ORDERS_POD
            + "\",container=\"orders\",id=\"/kubepods/x\"}";
    unitTest("memory at 95 %")
        .series(limit, "536870912x30")
        .series(workingSet, "510027366x30")
        .silentAt("10m", "MemoryNearLimit")
        .firingAt(
            "20m",
            "MemoryNearLimit",
            labels(
                "warning", Map.of("namespace", "prod", "pod", ORDERS_POD, "container", "orders")))
        .run()
        .assertSuccess();
    unitTest("memory at 40 %")
        .series(limit, "536870912x30")
        .series(workingSet, "214748364x30")
        .silentAt("20m", "MemoryNearLimit")
        .run()
        .assertSuccess();
  }

  @Test
  void autoscalerAtMaxFiresWhenCurrentReplicasReachTheMaximum() {
    String current =
        "kube_horizontalpodautoscaler_status_current_replicas{namespace=\"prod\",horizontalpodautoscaler=\"orders\"}";
    String max =
        "kube_horizontalpodautoscaler_spec_max_replicas{namespace=\"prod\",horizontalpodautoscaler=\"orders\"}";
    unitTest("at max")
        .series(current, "12x30")
        .series(max, "12x30")
        .firingAt("20m", "AutoscalerAtMax", labels("warning", Map.of("namespace", "prod")))
        .run()
        .assertSuccess();
    unitTest("below max")
        .series(current, "5x30")
        .series(max, "12x30")
        .silentAt("20m", "AutoscalerAtMax")
        .run()
        .assertSuccess();
  }

  @Test
  void cpuThrottledFiresWhenAQuarterOfPeriodsAreThrottled() {
    String periods =
        "container_cpu_cfs_periods_total{namespace=\"prod\",pod=\""
            + ORDERS_POD
            + "\",container=\"orders\"}";
    String throttled =
        "container_cpu_cfs_throttled_periods_total{namespace=\"prod\",pod=\""
            + ORDERS_POD
            + "\",container=\"orders\"}";
    unitTest("throttled half the time")
        .series(periods, "0+600x30")
        .series(throttled, "0+300x30")
        .firingAt(
            "25m",
            "CpuThrottled",
            labels(
                "warning", Map.of("namespace", "prod", "pod", ORDERS_POD, "container", "orders")))
        .run()
        .assertSuccess();
    unitTest("rarely throttled")
        .series(periods, "0+600x30")
        .series(throttled, "0+6x30")
        .silentAt("25m", "CpuThrottled")
        .run()
        .assertSuccess();
  }

  @Test
  void rolloutFailedFiresForADegradedRolloutFromArgoMetrics() {
    unitTest("degraded")
        .series(
            "rollout_info{namespace=\"prod\",name=\"orders\",strategy=\"canary\",phase=\"Degraded\"}",
            "1x10")
        .firingAt("5m", "RolloutFailed", labels("ticket", Map.of("namespace", "prod")))
        .run()
        .assertSuccess();
    unitTest("aborted (older Argo)")
        .series(
            "rollout_phase{namespace=\"prod\",name=\"orders\",strategy=\"canary\",phase=\"Abort\"}",
            "1x10")
        .series(
            "rollout_phase{namespace=\"prod\",name=\"orders\",strategy=\"canary\",phase=\"Completed\"}",
            "0x10")
        .firingAt("5m", "RolloutFailed", labels("ticket", Map.of("namespace", "prod")))
        .run()
        .assertSuccess();
    unitTest("healthy")
        .series(
            "rollout_info{namespace=\"prod\",name=\"orders\",strategy=\"canary\",phase=\"Healthy\"}",
            "1x10")
        .silentAt("5m", "RolloutFailed")
        .run()
        .assertSuccess();
  }

  @Test
  void replicasUnavailableReadsArgoForRolloutsAndKubeStateMetricsForDeployments() {
    unitTest("rollout short of a replica")
        .series(
            "rollout_info_replicas_desired{namespace=\"prod\",name=\"orders\",strategy=\"canary\"}",
            "3x30")
        .series(
            "rollout_info_replicas_available{namespace=\"prod\",name=\"orders\",strategy=\"canary\"}",
            "2x30")
        .silentAt("10m", "ReplicasUnavailable")
        .firingAt("20m", "ReplicasUnavailable", labels("ticket", Map.of("namespace", "prod")))
        .run()
        .assertSuccess();
    new RuleUnitTest(paymentsRules, "deployment short of a replica")
        .series(
            "kube_deployment_status_replicas_unavailable{namespace=\"prod\",deployment=\"payments\"}",
            "1x30")
        .firingAt(
            "20m",
            "ReplicasUnavailable",
            Map.of(
                "severity",
                "ticket",
                "team",
                "payments",
                "service",
                "payments",
                "environment",
                "prod",
                "namespace",
                "prod"))
        .run()
        .assertSuccess();
    new RuleUnitTest(paymentsRules, "deployment complete")
        .series(
            "kube_deployment_status_replicas_unavailable{namespace=\"prod\",deployment=\"payments\"}",
            "0x30")
        .silentAt("20m", "ReplicasUnavailable")
        .run()
        .assertSuccess();
  }

  // --- helpers

  private static RuleUnitTest unitTest(String name) {
    return new RuleUnitTest(ordersRules, name);
  }

  /** The labels of an orders burn-rate alert. */
  private static Map<String, String> burn(String slo, String severity) {
    return labels(severity, Map.of("namespace", "prod", "slo", slo));
  }

  /** The labels of an orders alert: {@code severity}, team, service and the series' own. */
  private static Map<String, String> labels(String severity, Map<String, String> series) {
    Map<String, String> labels = new HashMap<>(series);
    labels.put("severity", severity);
    labels.put("team", "commerce");
    labels.put("service", "orders");
    labels.put("environment", "prod");
    return labels;
  }

  /** The one object of {@code kind} in {@code service}'s base. */
  private static JsonNode baseObject(String service, String kind) {
    String path = service + "/base/manifests.yaml";
    return SlipwayCompiler.object(path, compiled.file(path), kind);
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode yaml(String path) {
    return Yaml.read(compiled.file(path));
  }

  private static List<JsonNode> alerts(String path) {
    List<JsonNode> alerts = new ArrayList<>();
    yaml(path)
        .get("groups")
        .forEach(
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

  private static List<String> alertNames(String path) {
    return alerts(path).stream().map(a -> a.get("alert").asText()).distinct().toList();
  }
}
