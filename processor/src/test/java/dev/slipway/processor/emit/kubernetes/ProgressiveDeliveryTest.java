package dev.slipway.processor.emit.kubernetes;

import static dev.slipway.processor.SlipwayCompiler.assertObject;
import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.documents;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.CompilationSubject;
import dev.slipway.processor.SlipwayCompiler.Output;
import dev.slipway.testkit.KubernetesSchemas;
import dev.slipway.testkit.Kustomize;
import dev.slipway.testkit.PromQl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specification of progressive delivery: {@code @Canary} and {@code @BlueGreen} services ship as an
 * Argo Rollouts {@code Rollout} with its {@code AnalysisTemplate} and Services, and everything
 * around the workload (HPA, PDB, NetworkPolicy, overlays) follows the Rollout.
 */
class ProgressiveDeliveryTest {

  private static final Output CANARY =
      compile(
          Map.of("slipway.prometheusUrl", "http://prometheus.monitoring.svc:9090/"),
          service(
              "ShopService",
              """
              @Service(name = "shop", image = "registry.example.com/acme/shop:1.2.3", team = "retail")
              @Scaling(min = 4, max = 8, cpuUtilization = 60)
              @HealthCheck
              @Canary(steps = {5, 20, 60}, pause = "90s", maxErrorRate = 0.02, maxLatencyP99 = "250ms")
              """));

  /** Fixed replicas, so that the overlays patch the Rollout itself, and a dev-only image tag. */
  private static final Output FIXED_CANARY =
      compile(
          Map.of("slipway.environmentTags", "dev=2.0.0-rc.1", "slipway.rendered", "true"),
          service(
              "StockService",
              """
              @Service(image = "registry.example.com/acme/stock:4.0.0", team = "logistics")
              @Scaling(min = 3, max = 3)
              @HealthCheck
              @Canary
              """));

  private static final Output BLUE_GREEN =
      compile(
          service(
              "CartService",
              """
              @Service(image = "registry.example.com/acme/cart:3.1.0", team = "retail")
              @HealthCheck
              @BlueGreen(promotionDelay = "5m", scaleDownDelay = "10m", maxErrorRate = 0.05, maxLatencyP99 = "1s")
              """));

  private static final Output MANUAL_BLUE_GREEN =
      compile(
          service(
              "CartService",
              """
              @Service(image = "registry.example.com/acme/cart:3.1.0", team = "retail")
              @HealthCheck
              @BlueGreen(autoPromote = false)
              """));

  @Test
  void theRolloutReplacesTheDeployment() {
    // without traffic routing 5 % of 4 pods is one pod of five (SLW-CAN-009); 20 % and 60 % fit
    CompilationSubject.assertThat(CANARY.compilation()).succeeded();
    CompilationSubject.assertThat(CANARY.compilation()).hadWarningCount(1);
    CompilationSubject.assertThat(CANARY.compilation())
        .hadWarningContaining("[SLW-CAN-009] @Canary(steps = {5, 20, 60}) has the step 5,");
    assertEquals(
        List.of(
            "ServiceAccount shop",
            "NetworkPolicy shop",
            "Service shop",
            "Service shop-canary",
            "Service shop-stable",
            "AnalysisTemplate shop",
            "Rollout shop",
            "HorizontalPodAutoscaler shop",
            "PodDisruptionBudget shop",
            "ServiceMonitor shop",
            "PrometheusRule shop"),
        CANARY.stream("shop/base/manifests.yaml").stream()
            .map(object -> object.get("kind").asText() + " " + object.at("/metadata/name").asText())
            .toList());
  }

  @Test
  void canaryStepsAreEachWeightThenItsPauseWithBackgroundAnalysisFromTheFirstPause() {
    JsonNode rollout = CANARY.object("shop/base/manifests.yaml", "Rollout");
    assertObject(
        """
        canary:
          canaryService: shop-canary
          stableService: shop-stable
          maxSurge: 25%
          maxUnavailable: 0
          analysis:
            templates: [{templateName: shop}]
            args:
              - {name: pod-template-hash, valueFrom: {podTemplateHashValue: Latest}}
              - {name: namespace, valueFrom: {fieldRef: {fieldPath: metadata.namespace}}}
            startingStep: 1
          steps:
            - setWeight: 5
            - pause: {duration: 1m30s}
            - setWeight: 20
            - pause: {duration: 1m30s}
            - setWeight: 60
            - pause: {duration: 1m30s}
        """,
        rollout.at("/spec/strategy"));
  }

  @Test
  void theRolloutRunsTheDeploymentsPodTemplateAndAbortsWhenStuck() {
    JsonNode spec = CANARY.object("shop/base/manifests.yaml", "Rollout").get("spec");
    assertFalse(spec.has("replicas"), "the HPA owns the replica count");
    assertEquals(600, spec.get("progressDeadlineSeconds").asInt());
    assertTrue(spec.get("progressDeadlineAbort").asBoolean());
    assertObject("{app.kubernetes.io/name: shop}", spec.at("/selector/matchLabels"));
    Output asDeployment =
        compile(
            service(
                "ShopService",
                """
                @Service(name = "shop", image = "registry.example.com/acme/shop:1.2.3", team = "retail")
                @Scaling(min = 4, max = 8, cpuUtilization = 60)
                @HealthCheck
                """));
    assertEquals(
        asDeployment.object("shop/base/manifests.yaml", "Deployment").at("/spec/template"),
        spec.get("template"));
  }

  @Test
  void pausesAreGoDurationsOfWholeSecondsAndNeverIndefinite() {
    assertEquals("5m", RolloutManifest.goDuration(Duration.ofMinutes(5)));
    assertEquals("1h1m1s", RolloutManifest.goDuration(Duration.ofSeconds(3661)));
    assertEquals("48h", RolloutManifest.goDuration(Duration.ofDays(2)));
    // values the rulebook rejects still map to a timed pause, never to the manual gate "pause: {}"
    JsonNode steps = RolloutManifest.steps(List.of(10), Duration.ofMillis(300));
    assertObject("[{setWeight: 10}, {pause: {duration: 1s}}]", steps);
  }

  @Test
  void aManualGateHoldsTheRolloutAfterTheLastPauseUntilSomeonePromotesIt() {
    Output gated =
        compile(
            service(
                "ShopService",
                """
                @Service(image = "registry.example.com/acme/shop:1.2.3", team = "retail")
                @HealthCheck
                @Canary(steps = {20, 50}, pause = "10m", manualGate = true)
                """));
    JsonNode rollout = gated.object("shop/base/manifests.yaml", "Rollout");
    assertObject(
        """
        - setWeight: 20
        - pause: {duration: 10m}
        - setWeight: 50
        - pause: {duration: 10m}
        - pause: {}
        """,
        rollout.at("/spec/strategy/canary/steps"));
    KubernetesSchemas.assertValid(rollout);
  }

  @Test
  void theAnalysisTemplateMeasuresTheNewPodsErrorRatioAndSlowRequestsEveryMinute() {
    // the new pods' requests, without the probes and the scrape under any template they are timed
    // as
    String scope =
        "namespace=\"{{args.namespace}}\",rollouts_pod_template_hash=\"{{args.pod-template-hash}}\","
            + "uri!~\"/health/live|/health/ready|/health/started|/metrics"
            + "|/health/\\\\*\\\\*|/health/\\\\{\\\\*[^}]*\\\\}\"";
    assertObject(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata:
          name: shop
          labels:
            app.kubernetes.io/name: shop
            app.kubernetes.io/component: service
            app.kubernetes.io/part-of: shop
            app.kubernetes.io/managed-by: slipway
            team: retail
        spec:
          args: [{name: pod-template-hash}, {name: namespace}]
          metrics:
            - name: error-rate
              interval: 1m
              successCondition: len(result) > 0 && !isNaN(result[0]) && result[0] <= 0.02
              failureCondition: len(result) > 0 && !isNaN(result[0]) && result[0] > 0.02
              failureLimit: 1
              inconclusiveLimit: 1
              consecutiveErrorLimit: 4
              provider:
                prometheus:
                  address: http://prometheus.monitoring.svc:9090
                  query: |
                    (sum(rate(http_server_requests_seconds_count{%1$s,status=~"5.."}[2m])) or vector(0))
                    /
                    sum(rate(http_server_requests_seconds_count{%1$s}[2m]))
            - name: slow-requests
              interval: 1m
              successCondition: len(result) > 0 && !isNaN(result[0]) && result[0] <= 0.01
              failureCondition: len(result) > 0 && !isNaN(result[0]) && result[0] > 0.01
              failureLimit: 1
              inconclusiveLimit: 1
              consecutiveErrorLimit: 4
              provider:
                prometheus:
                  address: http://prometheus.monitoring.svc:9090
                  query: |
                    1 - (
                      sum(rate(http_server_requests_seconds_bucket{%1$s,le=~"0\\\\.25"}[2m]))
                    /
                      sum(rate(http_server_requests_seconds_count{%1$s}[2m]))
                    )
        """
            .formatted(scope),
        CANARY.object("shop/base/manifests.yaml", "AnalysisTemplate"));
  }

  @Test
  void aCanaryWithoutDataNeitherPassesNorFails() {
    JsonNode metric =
        CANARY.object("shop/base/manifests.yaml", "AnalysisTemplate").at("/spec/metrics/0");
    String success = metric.get("successCondition").asText();
    String failure = metric.get("failureCondition").asText();
    // both guard against an empty vector (no series yet) and NaN (no request in the window), so
    // such a measurement is inconclusive, and only a whole pause of them pauses the rollout
    for (String condition : List.of(success, failure)) {
      assertTrue(condition.startsWith("len(result) > 0 && !isNaN(result[0]) && "), condition);
    }
    assertEquals(
        1, metric.get("inconclusiveLimit").asInt(), "one 1m30s pause holds one measurement");
    assertFalse(metric.has("count"), "a background analysis runs until the rollout finishes");
  }

  @Test
  void analysisQueriesParseWithPromtool() {
    Map<String, String> queries = new TreeMap<>();
    Map.of("shop", CANARY, "cart", BLUE_GREEN)
        .forEach(
            (name, output) -> {
              for (JsonNode metric :
                  output
                      .object(name + "/base/manifests.yaml", "AnalysisTemplate")
                      .at("/spec/metrics")) {
                // Argo replaces the arguments when it creates the AnalysisRun: sample values here
                String query =
                    metric
                        .at("/provider/prometheus/query")
                        .asText()
                        .replace("{{args.namespace}}", "prod")
                        .replace("{{args.pod-template-hash}}", "6d4f8c9b7");
                assertFalse(query.contains("{{"), query);
                queries.put(name + "-" + metric.get("name").asText(), query);
              }
            });
    assertEquals(4, queries.size());
    PromQl.checkExpressions(queries).assertSuccess();
  }

  @Test
  void everyObjectOfTheBasesIsValidAgainstTheArgoAndKubernetesSchemas() {
    for (Output output : List.of(CANARY, FIXED_CANARY, BLUE_GREEN, MANUAL_BLUE_GREEN)) {
      output.files().keySet().stream()
          .filter(p -> p.endsWith("/base/manifests.yaml"))
          .forEach(
              p -> {
                try {
                  KubernetesSchemas.assertValidStream(output.file(p));
                } catch (AssertionError e) {
                  throw new AssertionError(p + ": " + e.getMessage(), e);
                }
              });
    }
  }

  @Test
  void theSchemaCheckRejectsFieldsArgoDoesNotKnow() {
    ObjectNode rollout =
        (ObjectNode) CANARY.object("shop/base/manifests.yaml", "Rollout").deepCopy();
    ((ObjectNode) rollout.at("/spec/strategy/canary")).put("stepWeight", 10);
    assertFalse(KubernetesSchemas.problems(rollout).isEmpty());
  }

  @Test
  void theHpaScalesTheRollout() {
    assertObject(
        "{apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: shop}",
        CANARY
            .object("shop/base/manifests.yaml", "HorizontalPodAutoscaler")
            .at("/spec/scaleTargetRef"));
  }

  @Test
  void everySelectorMatchesTheRolloutsPods() {
    JsonNode podLabels =
        CANARY.object("shop/base/manifests.yaml", "Rollout").at("/spec/template/metadata/labels");
    String base = "shop/base/manifests.yaml";
    Map<String, JsonNode> selectors =
        Map.of(
            "Service shop", CANARY.object(base, "Service", "shop").at("/spec/selector"),
            "Service shop-canary",
                CANARY.object(base, "Service", "shop-canary").at("/spec/selector"),
            "Service shop-stable",
                CANARY.object(base, "Service", "shop-stable").at("/spec/selector"),
            "PodDisruptionBudget",
                CANARY.object(base, "PodDisruptionBudget").at("/spec/selector/matchLabels"),
            "NetworkPolicy",
                CANARY.object(base, "NetworkPolicy").at("/spec/podSelector/matchLabels"));
    selectors.forEach(
        (object, selector) -> {
          assertFalse(selector.isEmpty(), object);
          for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            assertEquals(
                label.getValue(),
                podLabels.get(label.getKey()),
                object + " selects " + label.getKey());
          }
        });
  }

  @Test
  void theCanaryAndStableServicesAreCopiesThatTheServiceMonitorDoesNotSelect() {
    assertObject(
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: shop-canary
          labels:
            app.kubernetes.io/component: canary
            app.kubernetes.io/part-of: shop
            app.kubernetes.io/managed-by: slipway
            team: retail
        spec:
          type: ClusterIP
          selector: {app.kubernetes.io/name: shop}
          ports: [{name: http, port: 8080, targetPort: http, protocol: TCP}]
        """,
        CANARY.object("shop/base/manifests.yaml", "Service", "shop-canary"));
    assertEquals(
        "stable",
        CANARY
            .object("shop/base/manifests.yaml", "Service", "shop-stable")
            .at("/metadata/labels/app.kubernetes.io~1component")
            .asText());
  }

  @Test
  void overlaysPatchTheRolloutAndRenderWithKustomizeToTheRenderedStreams(@TempDir Path dir) {
    CompilationSubject.assertThat(FIXED_CANARY.compilation()).succeeded();
    CompilationSubject.assertThat(FIXED_CANARY.compilation())
        .hadWarningContaining("[SLW-CAN-009] @Canary(steps = {10, 25, 50}) has the step 10,");
    assertObject(
        "{kind: Rollout, name: stock}",
        FIXED_CANARY.yaml("stock/overlays/dev/kustomization.yaml").at("/patches/0/target"));
    assertObject(
        """
        - {op: replace, path: /spec/replicas, value: 1}
        - {op: add, path: /metadata/labels/app.kubernetes.io~1version, value: 2.0.0-rc.1}
        - {op: add, path: /spec/template/metadata/labels/app.kubernetes.io~1version, value: 2.0.0-rc.1}
        """,
        FIXED_CANARY.patch("stock/overlays/dev/kustomization.yaml", "Rollout").orElseThrow());
    FIXED_CANARY.writeTo(dir);
    for (String env : List.of("dev", "staging", "prod")) {
      String kustomized = Kustomize.build(dir.resolve("stock/overlays/" + env));
      KubernetesSchemas.assertValidStream(kustomized);
      assertEquals(
          sorted(documents(kustomized)),
          sorted(FIXED_CANARY.stream("stock/rendered/" + env + ".yaml")),
          env);
    }
    JsonNode devRollout =
        documents(Kustomize.build(dir.resolve("stock/overlays/dev"))).stream()
            .filter(o -> o.get("kind").asText().equals("Rollout"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, devRollout.at("/spec/replicas").asInt());
    assertEquals(
        "registry.example.com/acme/stock:2.0.0-rc.1",
        devRollout.at("/spec/template/spec/containers/0/image").asText());
    assertEquals("dev", devRollout.at("/metadata/namespace").asText());
  }

  @Test
  void blueGreenSwitchesTheServicesOwnServiceAfterAnalysingThePreviewAndAnalysesItAgainAfter() {
    CompilationSubject.assertThat(BLUE_GREEN.compilation()).succeededWithoutWarnings();
    assertObject(
        """
        blueGreen:
          activeService: cart
          previewService: cart-preview
          autoPromotionEnabled: true
          scaleDownDelaySeconds: 600
          prePromotionAnalysis:
            templates: [{templateName: cart}]
            args:
              - {name: pod-template-hash, valueFrom: {podTemplateHashValue: Latest}}
              - {name: namespace, valueFrom: {fieldRef: {fieldPath: metadata.namespace}}}
          postPromotionAnalysis:
            templates: [{templateName: cart}]
            args:
              - {name: pod-template-hash, valueFrom: {podTemplateHashValue: Latest}}
              - {name: namespace, valueFrom: {fieldRef: {fieldPath: metadata.namespace}}}
        """,
        BLUE_GREEN.object("cart/base/manifests.yaml", "Rollout").at("/spec/strategy"));
    assertEquals(
        2, BLUE_GREEN.object("cart/base/manifests.yaml", "Rollout").at("/spec/replicas").asInt());
    assertEquals(
        "cart-preview",
        BLUE_GREEN
            .object("cart/base/manifests.yaml", "Service", "cart-preview")
            .at("/metadata/name")
            .asText());
    assertEquals(
        List.of("cart", "cart-preview"),
        BLUE_GREEN.stream("cart/base/manifests.yaml").stream()
            .filter(object -> object.get("kind").asText().equals("Service"))
            .map(object -> object.at("/metadata/name").asText())
            .toList(),
        "a blue-green service has a preview Service and no canary one");
  }

  @Test
  void thePreviewAnalysisEndsAfterThePromotionDelayAndNeedsOneMeasurementWithData() {
    JsonNode metrics =
        BLUE_GREEN.object("cart/base/manifests.yaml", "AnalysisTemplate").at("/spec/metrics");
    for (JsonNode metric : metrics) {
      assertEquals(5, metric.get("count").asInt(), "one measurement a minute for 5m");
      assertEquals(4, metric.get("inconclusiveLimit").asInt());
    }
    assertEquals(
        "len(result) > 0 && !isNaN(result[0]) && result[0] > 0.05",
        metrics.at("/0/failureCondition").asText());
    // the bound is 1s: at most 1 % of the preview's requests may be slower
    assertEquals(
        "len(result) > 0 && !isNaN(result[0]) && result[0] > 0.01",
        metrics.at("/1/failureCondition").asText());
    assertTrue(metrics.at("/1/provider/prometheus/query").asText().contains(",le=~\"1|1\\\\.0\"}"));
  }

  @Test
  void manualBlueGreenWaitsForAHumanToPromote() {
    JsonNode strategy =
        MANUAL_BLUE_GREEN
            .object("cart/base/manifests.yaml", "Rollout")
            .at("/spec/strategy/blueGreen");
    assertFalse(strategy.get("autoPromotionEnabled").asBoolean());
  }

  /** Objects in a stable order, so two streams compare as sets of objects. */
  private static List<JsonNode> sorted(List<JsonNode> objects) {
    return objects.stream()
        .sorted(
            Comparator.comparing(
                o -> o.get("kind").asText() + "/" + o.at("/metadata/name").asText()))
        .toList();
  }
}
