package dev.slipway.processor.emit.kubernetes;

import static dev.slipway.processor.SlipwayCompiler.assertObject;
import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.documents;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.slipway.processor.SlipwayCompiler.Output;
import dev.slipway.testkit.KubernetesSchemas;
import dev.slipway.testkit.Kustomize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specification of the per-environment overlays, aggregates and rendered streams. */
class EnvironmentsTest {

  private static final String AUTOSCALED =
      """
      @Service(image = "registry.example.com/acme/shop:1.2.3", team = "retail")
      @Scaling(min = 3, max = 9)
      @HealthCheck
      """;

  private static final String FIXED =
      """
      @Service(image = "registry.example.com/acme/stock:4.0.0", team = "logistics")
      @HealthCheck
      """;

  private static final Output DEFAULT =
      compile(
          Map.of("slipway.rendered", "true"),
          service("ShopService", AUTOSCALED),
          service("StockService", FIXED));

  @Test
  void productionIsExactlyWhatTheAnnotationsSay() {
    assertObject(
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: prod
        resources: [../../base]
        labels: [{pairs: {environment: prod}}]
        images: [{name: registry.example.com/acme/shop, newTag: 1.2.3}]
        """,
        DEFAULT.yaml("shop/overlays/prod/kustomization.yaml"));
  }

  @Test
  void devRunsOneReplicaThroughTheHpaFloor() {
    JsonNode dev = DEFAULT.yaml("shop/overlays/dev/kustomization.yaml").deepCopy();
    // the last patch routes the alerts (devAlertsCarryTheirEnvironmentAndNeverPage)
    ArrayNode patches = (ArrayNode) dev.get("patches");
    assertEquals("PrometheusRule", patches.get(patches.size() - 1).at("/target/kind").asText());
    patches.remove(patches.size() - 1);
    assertObject(
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: dev
        resources: [../../base]
        labels: [{pairs: {environment: dev}}]
        images: [{name: registry.example.com/acme/shop, newTag: 1.2.3}]
        patches:
        - target: {kind: HorizontalPodAutoscaler, name: shop}
          patch: |
            - op: replace
              path: /spec/minReplicas
              value: 1
        """,
        dev);
  }

  @Test
  void devAlertsCarryTheirEnvironmentAndNeverPage() {
    List<JsonNode> prod = alerts(DEFAULT.stream("shop/rendered/prod.yaml"));
    List<JsonNode> dev = alerts(DEFAULT.stream("shop/rendered/dev.yaml"));
    assertTrue(
        prod.stream().anyMatch(a -> a.at("/labels/severity").asText().equals("page")),
        "production pages");
    assertTrue(prod.stream().allMatch(a -> a.at("/labels/environment").asText().equals("prod")));
    assertTrue(dev.stream().allMatch(a -> a.at("/labels/environment").asText().equals("dev")));
    assertTrue(
        dev.stream().noneMatch(a -> a.at("/labels/severity").asText().equals("page")),
        "dev never pages");
    // dev keeps every alert but the fast burns, whose slow-burn tickets catch the same outage
    List<String> kept =
        prod.stream()
            .filter(
                a -> !a.at("/labels/severity").asText().equals("page") || !hasTicketTwin(a, prod))
            .map(a -> a.path("alert").asText() + " " + a.at("/labels/slo").asText())
            .toList();
    assertEquals(
        kept,
        dev.stream()
            .map(a -> a.path("alert").asText() + " " + a.at("/labels/slo").asText())
            .toList());
  }

  private static List<JsonNode> alerts(List<JsonNode> stream) {
    JsonNode rule =
        stream.stream()
            .filter(o -> o.path("kind").asText().equals("PrometheusRule"))
            .findFirst()
            .orElseThrow();
    List<JsonNode> alerts = new ArrayList<>();
    rule.at("/spec/groups")
        .forEach(
            g ->
                g.path("rules")
                    .forEach(
                        r -> {
                          if (r.has("alert")) {
                            alerts.add(r);
                          }
                        }));
    return alerts;
  }

  private static boolean hasTicketTwin(JsonNode page, List<JsonNode> alerts) {
    return alerts.stream()
        .anyMatch(
            a ->
                a.at("/labels/severity").asText().equals("ticket")
                    && a.path("alert").equals(page.path("alert"))
                    && a.at("/labels/slo").equals(page.at("/labels/slo")));
  }

  @Test
  void stagingRunsAtMostTwoReplicas() {
    assertObject(
        "[{op: replace, path: /spec/minReplicas, value: 2}]",
        DEFAULT
            .patch("shop/overlays/staging/kustomization.yaml", "HorizontalPodAutoscaler")
            .orElseThrow());
    assertTrue(
        DEFAULT.patch("stock/overlays/staging/kustomization.yaml", "Deployment").isEmpty(),
        "2 already");
  }

  @Test
  void aFixedReplicaCountIsPatchedOnTheDeployment() {
    assertObject(
        "[{op: replace, path: /spec/replicas, value: 1}]",
        DEFAULT.patch("stock/overlays/dev/kustomization.yaml", "Deployment").orElseThrow());
    JsonNode dev = deployment(DEFAULT.stream("stock/rendered/dev.yaml"));
    assertEquals(1, dev.at("/spec/replicas").asInt());
  }

  @Test
  void renderedStreamCarriesNamespaceEnvironmentLabelAndImage() {
    List<JsonNode> objects = DEFAULT.stream("stock/rendered/staging.yaml");
    assertEquals(
        List.of(
            "ServiceAccount",
            "NetworkPolicy",
            "Service",
            "Deployment",
            "PodDisruptionBudget",
            "ServiceMonitor",
            "PrometheusRule"),
        objects.stream().map(o -> o.get("kind").asText()).toList());
    for (JsonNode object : objects) {
      assertEquals("staging", object.at("/metadata/namespace").asText());
      assertEquals("staging", object.at("/metadata/labels/environment").asText());
    }
    assertEquals(
        "registry.example.com/acme/stock:4.0.0",
        deployment(objects).at("/spec/template/spec/containers/0/image").asText());
  }

  @Test
  void eachEnvironmentAggregatesEveryServiceAndItsNamespaces() {
    assertObject(
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources: [namespaces.yaml, ../shop/overlays/staging, ../stock/overlays/staging]
        """,
        DEFAULT.yaml("staging/kustomization.yaml"));
    assertObject(
        """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: staging
          labels:
            app.kubernetes.io/managed-by: slipway
            environment: staging
            pod-security.kubernetes.io/enforce: restricted
            pod-security.kubernetes.io/enforce-version: latest
        """,
        DEFAULT.yaml("staging/namespaces.yaml"));
  }

  @Test
  void namespacePatternMayUseTeamAndService() {
    Output out =
        compile(
            Map.of("slipway.namespace", "{team}-{env}"),
            service("ShopService", AUTOSCALED),
            service("StockService", FIXED));
    assertEquals(
        "retail-prod", out.yaml("shop/overlays/prod/kustomization.yaml").get("namespace").asText());
    assertEquals(
        List.of("logistics-prod", "retail-prod"),
        out.stream("prod/namespaces.yaml").stream()
            .map(n -> n.at("/metadata/name").asText())
            .toList());
  }

  @Test
  void anEnvironmentTagReplacesTheImageTagAndTheVersionLabel() {
    Output out =
        compile(
            Map.of("slipway.environmentTags", "dev=1.3.0-rc.1", "slipway.rendered", "true"),
            service("StockService", FIXED));
    assertObject(
        "[{name: registry.example.com/acme/stock, newTag: 1.3.0-rc.1}]",
        out.yaml("stock/overlays/dev/kustomization.yaml").get("images"));
    assertObject(
        """
        - {op: replace, path: /spec/replicas, value: 1}
        - {op: add, path: /metadata/labels/app.kubernetes.io~1version, value: 1.3.0-rc.1}
        - {op: add, path: /spec/template/metadata/labels/app.kubernetes.io~1version, value: 1.3.0-rc.1}
        """,
        out.patch("stock/overlays/dev/kustomization.yaml", "Deployment").orElseThrow());
    JsonNode dev = deployment(out.stream("stock/rendered/dev.yaml"));
    assertEquals(
        "registry.example.com/acme/stock:1.3.0-rc.1",
        dev.at("/spec/template/spec/containers/0/image").asText());
    assertEquals(
        "1.3.0-rc.1", dev.at("/spec/template/metadata/labels/app.kubernetes.io~1version").asText());
    assertEquals(
        "4.0.0",
        out.yaml("stock/overlays/prod/kustomization.yaml").at("/images/0/newTag").asText());
  }

  @Test
  void aTagThatIsNoLabelValueRemovesTheVersionLabel() {
    Output out =
        compile(
            Map.of("slipway.environmentTags", "staging=_ci.7", "slipway.rendered", "true"),
            service("StockService", FIXED));
    assertObject(
        """
        - {op: remove, path: /metadata/labels/app.kubernetes.io~1version}
        - {op: remove, path: /spec/template/metadata/labels/app.kubernetes.io~1version}
        """,
        out.patch("stock/overlays/staging/kustomization.yaml", "Deployment").orElseThrow());
    JsonNode staging = deployment(out.stream("stock/rendered/staging.yaml"));
    assertEquals(
        "registry.example.com/acme/stock:_ci.7",
        staging.at("/spec/template/spec/containers/0/image").asText());
    assertFalse(staging.at("/spec/template/metadata/labels").has("app.kubernetes.io/version"));
  }

  @Test
  void environmentsAreConfigurableAndTheLastIsProduction() {
    Output out =
        compile(Map.of("slipway.environments", "qa, live"), service("ShopService", AUTOSCALED));
    assertEquals(
        List.of(
            "live/kustomization.yaml",
            "live/namespaces.yaml",
            "qa/kustomization.yaml",
            "qa/namespaces.yaml"),
        out.files().keySet().stream().filter(p -> !p.startsWith("shop/")).toList());
    assertObject(
        "[{op: replace, path: /spec/minReplicas, value: 1}]",
        out.patch("shop/overlays/qa/kustomization.yaml", "HorizontalPodAutoscaler").orElseThrow());
    assertFalse(out.yaml("shop/overlays/live/kustomization.yaml").has("patches"));
  }

  @Test
  void outsideProductionTheIngressAnswersOnAnEnvironmentHost() {
    Output out =
        compile(
            Map.of("slipway.rendered", "true"),
            service(
                "ShopService",
                AUTOSCALED
                    + "@Expose(via = Expose.Via.INGRESS, host = \"shop.example.com\", tlsSecret = \"shop-tls\")\n"));
    assertObject(
        """
        - {op: replace, path: /spec/rules/0/host, value: shop-staging.example.com}
        - {op: replace, path: /spec/tls/0/hosts/0, value: shop-staging.example.com}
        """,
        out.patch("shop/overlays/staging/kustomization.yaml", "Ingress").orElseThrow());
    JsonNode ingress =
        out.stream("shop/rendered/staging.yaml").stream()
            .filter(o -> o.get("kind").asText().equals("Ingress"))
            .findFirst()
            .orElseThrow();
    assertEquals("shop-staging.example.com", ingress.at("/spec/rules/0/host").asText());
    assertEquals("shop-staging.example.com", ingress.at("/spec/tls/0/hosts/0").asText());
    assertTrue(out.patch("shop/overlays/prod/kustomization.yaml", "Ingress").isEmpty());
  }

  @Test
  void aWildcardHostMovesOneLevelDownOutsideProduction() {
    Output out =
        compile(
            Map.of("slipway.rendered", "true"),
            service(
                "ShopService",
                AUTOSCALED
                    + "@Expose(via = Expose.Via.INGRESS, host = \"*.shop.example.com\", tlsSecret = \"shop-tls\")\n"));
    assertObject(
        """
        - {op: replace, path: /spec/rules/0/host, value: '*.dev.shop.example.com'}
        - {op: replace, path: /spec/tls/0/hosts/0, value: '*.dev.shop.example.com'}
        """,
        out.patch("shop/overlays/dev/kustomization.yaml", "Ingress").orElseThrow());
    JsonNode ingress =
        out.stream("shop/rendered/staging.yaml").stream()
            .filter(o -> o.get("kind").asText().equals("Ingress"))
            .findFirst()
            .orElseThrow();
    assertEquals("*.staging.shop.example.com", ingress.at("/spec/rules/0/host").asText());
    KubernetesSchemas.assertValidStream(out.file("shop/rendered/dev.yaml"));
    assertTrue(out.patch("shop/overlays/prod/kustomization.yaml", "Ingress").isEmpty());
  }

  private static final String OVERRIDDEN =
      """
      @Service(image = "registry.example.com/acme/stock:4.0.0", team = "logistics",
          resources = @Resources(cpu = "250m", memory = "256Mi", cpuLimit = "1", memoryLimit = "512Mi"),
          env = {
            @Env(name = "LOG_LEVEL", value = "info"),
            @Env(name = "DB_PASSWORD", secret = "stock-db", key = "password")
          })
      @HealthCheck
      @Expose(via = Expose.Via.INGRESS, host = "stock.example.com", tlsSecret = "stock-tls")
      @Environment(name = "dev", min = 1, cpu = "100m", memory = "128Mi", memoryLimit = "256Mi",
          env = {@Env(name = "LOG_LEVEL", value = "debug"), @Env(name = "DEV_TOOLS", value = "on")},
          host = "stock.dev.example.com")
      @Environment(name = "staging", env = @Env(name = "DB_PASSWORD", secret = "stock-db-staging", key = "password"))
      """;

  @Test
  void anOverridePatchesExactlyWhatDiffersAndRendersWithKustomize(@TempDir Path dir) {
    Output out = compile(Map.of("slipway.rendered", "true"), service("StockService", OVERRIDDEN));
    // the replica count stays dev's default, 1; the CPU limit and the Secret stay the base's
    assertObject(
        """
        - {op: replace, path: /spec/replicas, value: 1}
        - {op: replace, path: /spec/template/spec/containers/0/resources/requests/cpu, value: 100m}
        - {op: replace, path: /spec/template/spec/containers/0/resources/requests/memory, value: 128Mi}
        - {op: replace, path: /spec/template/spec/containers/0/resources/limits/memory, value: 256Mi}
        - {op: replace, path: /spec/template/spec/containers/0/env/0, value: {name: LOG_LEVEL, value: debug}}
        - op: replace
          path: /spec/template/spec/containers/0/env/2/value
          value: -XX:MaxRAMPercentage=62 -XX:ActiveProcessorCount=1 -XX:+ExitOnOutOfMemoryError
        - {op: add, path: /spec/template/spec/containers/0/env/3, value: {name: DEV_TOOLS, value: 'on'}}
        """,
        out.patch("stock/overlays/dev/kustomization.yaml", "Deployment").orElseThrow());
    assertObject(
        """
        - {op: replace, path: /spec/rules/0/host, value: stock.dev.example.com}
        - {op: replace, path: /spec/tls/0/hosts/0, value: stock.dev.example.com}
        """,
        out.patch("stock/overlays/dev/kustomization.yaml", "Ingress").orElseThrow());
    assertObject(
        """
        - op: replace
          path: /spec/template/spec/containers/0/env/1
          value: {name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: stock-db-staging, key: password}}}
        """,
        out.patch("stock/overlays/staging/kustomization.yaml", "Deployment").orElseThrow());
    assertTrue(out.patch("stock/overlays/prod/kustomization.yaml", "Deployment").isEmpty());
    out.writeTo(dir);
    for (String env : List.of("dev", "staging", "prod")) {
      String kustomized = Kustomize.build(dir.resolve("stock/overlays/" + env));
      KubernetesSchemas.assertValidStream(kustomized);
      assertEquals(
          sorted(documents(kustomized)),
          sorted(out.stream("stock/rendered/" + env + ".yaml")),
          env);
    }
    JsonNode container =
        deployment(out.stream("stock/rendered/dev.yaml")).at("/spec/template/spec/containers/0");
    assertEquals("256Mi", container.at("/resources/limits/memory").asText());
    assertEquals("1", container.at("/resources/limits/cpu").asText());
    assertEquals(
        List.of(
            "LOG_LEVEL=debug",
            "DB_PASSWORD=",
            "JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=62 -XX:ActiveProcessorCount=1 -XX:+ExitOnOutOfMemoryError",
            "DEV_TOOLS=on"),
        names(container.get("env")));
  }

  @Test
  void aScheduledJobIsPatchedUnderItsJobTemplate(@TempDir Path dir) {
    Output out =
        compile(
            Map.of("slipway.rendered", "true"),
            service(
                "ReconciliationJob",
                """
                @Service(image = "ghcr.io/acme/reconciliation:1.0.3", team = "billing")
                @Job(schedule = "30 2 * * *", timeZone = "Europe/Berlin", activeDeadline = "45m")
                @Environment(name = "dev", cpuLimit = "500m", memoryLimit = "256Mi")
                """));
    assertObject(
        """
        - {op: replace, path: /spec/jobTemplate/spec/template/spec/containers/0/resources/limits/cpu, value: 500m}
        - {op: replace, path: /spec/jobTemplate/spec/template/spec/containers/0/resources/limits/memory, value: 256Mi}
        - op: replace
          path: /spec/jobTemplate/spec/template/spec/containers/0/env/0/value
          value: -XX:MaxRAMPercentage=62 -XX:ActiveProcessorCount=1 -XX:+ExitOnOutOfMemoryError
        """,
        out.patch("reconciliation/overlays/dev/kustomization.yaml", "CronJob").orElseThrow());
    out.writeTo(dir);
    String kustomized = Kustomize.build(dir.resolve("reconciliation/overlays/dev"));
    KubernetesSchemas.assertValidStream(kustomized);
    assertEquals(
        sorted(documents(kustomized)), sorted(out.stream("reconciliation/rendered/dev.yaml")));
  }

  private static final String CANARY =
      """
      @Service(image = "registry.example.com/acme/shop:1.2.3", team = "retail")
      @Scaling(min = 4, max = 9)
      @HealthCheck
      @Canary(steps = {25, 50}, pause = "5m")
      @Environment(name = "dev", rollingUpdate = true, alerts = Environment.Alerts.NONE)
      @Environment(name = "staging", steps = {50}, pause = "1m",
          manualGate = Environment.Gate.MANUAL, alerts = Environment.Alerts.PAGE)
      """;

  @Test
  void eachEnvironmentRollsOutAndAlertsAsItsOverrideSays(@TempDir Path dir) {
    Output out = compile(Map.of("slipway.rendered", "true"), service("ShopService", CANARY));
    // dev: a canary without steps is a plain rolling update, with nothing to analyse
    assertObject(
        """
        - {op: remove, path: /spec/strategy/canary/steps}
        - {op: remove, path: /spec/strategy/canary/analysis}
        """,
        out.patch("shop/overlays/dev/kustomization.yaml", "Rollout").orElseThrow());
    assertObject(
        """
        - op: replace
          path: /spec/strategy/canary/steps
          value:
          - setWeight: 50
          - pause: {duration: 1m}
          - pause: {}
        """,
        out.patch("shop/overlays/staging/kustomization.yaml", "Rollout").orElseThrow());
    out.writeTo(dir);
    for (String env : List.of("dev", "staging", "prod")) {
      String kustomized = Kustomize.build(dir.resolve("shop/overlays/" + env));
      KubernetesSchemas.assertValidStream(kustomized);
      assertEquals(
          sorted(documents(kustomized)), sorted(out.stream("shop/rendered/" + env + ".yaml")), env);
    }
    // dev has no alerts at all; staging pages where production does, under its own label
    assertTrue(
        out.stream("shop/rendered/dev.yaml").stream()
            .noneMatch(o -> o.path("kind").asText().equals("PrometheusRule")));
    List<JsonNode> prod = alerts(out.stream("shop/rendered/prod.yaml"));
    List<JsonNode> staging = alerts(out.stream("shop/rendered/staging.yaml"));
    assertEquals(
        prod.stream().map(a -> a.path("alert").asText() + " " + a.at("/labels/severity")).toList(),
        staging.stream()
            .map(a -> a.path("alert").asText() + " " + a.at("/labels/severity"))
            .toList());
    assertTrue(
        staging.stream().allMatch(a -> a.at("/labels/environment").asText().equals("staging")));
    JsonNode rollout =
        out.stream("shop/rendered/dev.yaml").stream()
            .filter(o -> o.path("kind").asText().equals("Rollout"))
            .findFirst()
            .orElseThrow();
    assertFalse(rollout.at("/spec/strategy/canary").has("steps"));
    assertEquals(0, rollout.at("/spec/strategy/canary/maxUnavailable").asInt());
  }

  @Test
  void anAutoscalerTakesTheEnvironmentsRange() {
    Output out =
        compile(
            service(
                "ShopService",
                AUTOSCALED + "@Environment(name = \"staging\", min = 1, max = 4)\n"));
    assertObject(
        """
        - {op: replace, path: /spec/minReplicas, value: 1}
        - {op: replace, path: /spec/maxReplicas, value: 4}
        """,
        out.patch("shop/overlays/staging/kustomization.yaml", "HorizontalPodAutoscaler")
            .orElseThrow());
  }

  private static List<String> names(JsonNode env) {
    List<String> names = new ArrayList<>();
    env.forEach(e -> names.add(e.get("name").asText() + "=" + e.path("value").asText()));
    return names;
  }

  private static List<JsonNode> sorted(List<JsonNode> objects) {
    return objects.stream()
        .sorted(
            java.util.Comparator.comparing(
                (JsonNode o) -> o.get("kind").asText() + "/" + o.at("/metadata/name").asText()))
        .toList();
  }

  private static JsonNode deployment(List<JsonNode> objects) {
    return objects.stream()
        .filter(o -> o.get("kind").asText().equals("Deployment"))
        .findFirst()
        .orElseThrow();
  }
}
