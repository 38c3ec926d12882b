package dev.slipway.processor.emit.kubernetes;

import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.documents;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.CompilationSubject;
import dev.slipway.processor.SlipwayCompiler.Output;
import dev.slipway.testkit.KubernetesSchemas;
import dev.slipway.testkit.Kustomize;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated object passes the official Kubernetes schemas (unknown fields rejected), every
 * overlay renders with {@code kubectl kustomize} to exactly the objects of its rendered stream, and
 * every environment aggregate renders, across services that exercise every branch.
 */
class RealToolsTest {

  private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

  private static final Output VARIANTS =
      compile(
          Map.of(
              "slipway.namespace", "{team}-{env}",
              "slipway.environmentTags", "dev=2.0.0-rc.1,staging=_ci.7",
              "slipway.registry", "registry.example.com/acme",
              "slipway.tag", "1.0.0",
              "slipway.rendered", "true"),
          service(
              "ShopService",
              """
              @Service(name = "shop", port = 8080, team = "retail",
                  resources = @Resources(cpu = "100m", memory = "128Mi", cpuLimit = "", memoryLimit = "256Mi"),
                  env = {
                    @Env(name = "LOG_LEVEL", value = "debug"),
                    @Env(name = "DB_PASSWORD", secret = "shop-db", key = "password"),
                    @Env(name = "FEATURES", configMap = "shop-flags")
                  },
                  dependsOn = {"stock", "mailer"}, gracePeriod = "45s")
              @Scaling(min = 3, max = 9, cpuUtilization = 60, memoryUtilization = 80)
              @Waive(rule = "SLW-DEP-005", reason = "the mailer is deployed by the platform team")
              @HealthCheck(port = 9090, startup = "", initialDelay = "5s")
              @Metrics(port = 9100)
              @Canary(steps = {5, 20}, pause = "2m", header = "X-Canary")
              @Expose(host = "shop.example.com", path = "/api", gateway = "infra/public", listener = "https-shop")
              @Egress(cidr = "10.20.0.0/16", ports = 5432)
              @Egress(host = "api.stripe.com", ports = 443)
              @Egress(cidr = "2001:db8::/32", ports = {9092, 9093})
              @Egress(namespace = "kafka", ports = 9092)
              @Environment(name = "dev", min = 1, max = 2, cpu = "50m", cpuLimit = "500m", memoryLimit = "192Mi",
                  env = {
                    @Env(name = "LOG_LEVEL", value = "trace"),
                    @Env(name = "DB_PASSWORD", secret = "shop-db-dev", key = "password"),
                    @Env(name = "DEV_TOOLS", configMap = "shop-dev-tools", key = "enabled")
                  },
                  host = "shop.dev.example.com")
              @Environment(name = "staging", max = 4, memory = "192Mi")
              """),
          service(
              "StockService",
              """
              @Service(image = "registry.example.com/acme/stock:4.0.0", port = 7070, team = "logistics")
              @HealthCheck
              """),
          service(
              "LoneService",
              """
              @Service(image = "registry.example.com/acme/lone@%s", team = "retail")
              @Scaling(min = 1, max = 1)
              @Waive(rule = "SLW-HLT-001", reason = "a queue worker: no Service sends it traffic")
              @Waive(rule = "SLW-SCL-006", reason = "a singleton consumer by design")
              """
                  .formatted(DIGEST)),
          service(
              "BurstService",
              """
              @Service(image = "registry.example.com/acme/burst:main", team = "retail")
              @Scaling(min = 1, max = 4, cpuUtilization = 0, memoryUtilization = 75)
              @Waive(rule = "SLW-SCL-006", reason = "bursty batch intake; idles at one replica")
              @HealthCheck(startup = "/started", initialDelay = "3s")
              @Expose(via = Expose.Via.INGRESS, host = "burst.example.com", tlsSecret = "burst-tls", ingressClass = "nginx")
              """));

  @Test
  void compiles() {
    CompilationSubject.assertThat(VARIANTS.compilation()).succeededWithoutWarnings();
  }

  @Test
  void everyGeneratedObjectIsValidAgainstTheKubernetesSchemas() {
    List<String> objectFiles =
        VARIANTS.files().keySet().stream()
            .filter(
                p ->
                    p.contains("/base/")
                        || p.contains("/rendered/")
                        || p.endsWith("/namespaces.yaml")
                        || p.startsWith("cluster/"))
            .filter(p -> !p.endsWith("kustomization.yaml"))
            .toList();
    assertFalse(objectFiles.isEmpty());
    for (String path : objectFiles) {
      try {
        KubernetesSchemas.assertValidStream(VARIANTS.file(path));
      } catch (AssertionError e) {
        throw new AssertionError(path + ": " + e.getMessage(), e);
      }
    }
  }

  @Test
  void everyOverlayRendersWithKustomizeToItsRenderedStream(@TempDir Path dir) {
    VARIANTS.writeTo(dir);
    for (String service : List.of("shop", "stock", "lone", "burst")) {
      for (String env : List.of("dev", "staging", "prod")) {
        String kustomized = Kustomize.build(dir.resolve(service + "/overlays/" + env));
        assertEquals(
            sorted(documents(kustomized)),
            sorted(VARIANTS.stream(service + "/rendered/" + env + ".yaml")),
            service + " in " + env);
      }
    }
  }

  @Test
  void everyEnvironmentRendersAsAWholeToValidObjects(@TempDir Path dir) {
    VARIANTS.writeTo(dir);
    for (String env : List.of("dev", "staging", "prod")) {
      String stream = Kustomize.build(dir.resolve(env));
      KubernetesSchemas.assertValidStream(stream);
      List<JsonNode> objects = documents(stream);
      assertEquals(
          List.of("logistics-" + env, "retail-" + env),
          objects.stream()
              .filter(o -> o.get("kind").asText().equals("Namespace"))
              .map(o -> o.at("/metadata/name").asText())
              .toList());
      int perService =
          List.of("shop", "stock", "lone", "burst").stream()
              .mapToInt(s -> VARIANTS.stream(s + "/rendered/" + env + ".yaml").size())
              .sum();
      assertEquals(2 + perService, objects.size(), env);
    }
  }

  @Test
  void theClusterPrerequisitesOfTheGatewayApiPluginRenderWithKustomize(@TempDir Path dir) {
    VARIANTS.writeTo(dir);
    String stream = Kustomize.build(dir.resolve("cluster/argo-rollouts"));
    KubernetesSchemas.assertValidStream(stream);
    assertEquals(
        List.of(
            "ConfigMap/argo-rollouts-config",
            "ClusterRole/argo-rollouts-gateway-api-plugin",
            "ClusterRoleBinding/argo-rollouts-gateway-api-plugin"),
        documents(stream).stream()
            .map(o -> o.get("kind").asText() + "/" + o.at("/metadata/name").asText())
            .sorted(Comparator.comparing(k -> !k.startsWith("ConfigMap")))
            .toList());
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
