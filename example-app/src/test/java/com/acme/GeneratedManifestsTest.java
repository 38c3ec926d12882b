package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slipway.testkit.KubernetesSchemas;
import dev.slipway.testkit.Kustomize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example services' generated manifests pass the real tools: the Kubernetes schemas, and {@code
 * kubectl kustomize} for every overlay (equal to its rendered stream) and environment.
 */
class GeneratedManifestsTest {

  private static final Path GENERATED = Path.of("target", "classes", "META-INF", "slipway");

  /** Every workload of the example, with the kind of object that runs it. */
  private static final Map<String, String> WORKLOADS =
      Map.of(
          "orders", "Rollout",
          "payments", "Deployment",
          "invoicing", "Deployment",
          "reconciliation", "CronJob");

  private static final List<String> SERVICES = WORKLOADS.keySet().stream().sorted().toList();
  private static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void everyBaseObjectIsValid() throws IOException {
    for (String service : SERVICES) {
      try (Stream<Path> files = Files.list(GENERATED.resolve(service).resolve("base"))) {
        for (Path file : files.filter(f -> !f.endsWith("kustomization.yaml")).toList()) {
          KubernetesSchemas.assertValidStream(Files.readString(file));
        }
      }
    }
  }

  /** The Spring Boot catalog, compiled in its own module, passes the same tools. */
  @Test
  void theCatalogsBaseOverlaysAndEnvironmentsAreValid() throws IOException {
    Path catalog = Path.of("..", "example-catalog", "target", "classes", "META-INF", "slipway");
    KubernetesSchemas.assertValidStream(
        Files.readString(catalog.resolve("catalog/base/manifests.yaml")));
    for (String env : ENVIRONMENTS) {
      String rendered = Files.readString(catalog.resolve("catalog/rendered/" + env + ".yaml"));
      KubernetesSchemas.assertValidStream(rendered);
      assertEquals(
          sorted(documents(Kustomize.build(catalog.resolve("catalog/overlays/" + env)))),
          sorted(documents(rendered)),
          "catalog in " + env);
      KubernetesSchemas.assertValidStream(Kustomize.build(catalog.resolve(env)));
    }
  }

  @Test
  void everyOverlayRendersToItsRenderedStream() throws IOException {
    for (String service : SERVICES) {
      for (String env : ENVIRONMENTS) {
        String rendered =
            Files.readString(GENERATED.resolve(service + "/rendered/" + env + ".yaml"));
        KubernetesSchemas.assertValidStream(rendered);
        assertEquals(
            sorted(documents(Kustomize.build(GENERATED.resolve(service + "/overlays/" + env)))),
            sorted(documents(rendered)),
            service + " in " + env);
      }
    }
  }

  /**
   * orders is a canary on the platform's Gateway: its route carries the weights, in every
   * environment the Rollout's plugin configuration points at the route next to it, and the
   * cluster's Argo Rollouts gets the plugin and its permissions from one valid kustomization.
   */
  @Test
  void ordersCanaryWeightsAreSetOnItsRouteInEveryEnvironment() throws IOException {
    for (String env : ENVIRONMENTS) {
      List<JsonNode> objects =
          documents(Kustomize.build(GENERATED.resolve("orders/overlays/" + env)));
      JsonNode route = only(objects, "HTTPRoute");
      JsonNode rollout = only(objects, "Rollout");
      assertEquals(
          List.of("orders-stable", "orders-canary"),
          route.at("/spec/rules/0/backendRefs").findValuesAsText("name"),
          env);
      JsonNode plugin =
          rollout
              .at("/spec/strategy/canary/trafficRouting/plugins")
              .get("argoproj-labs/gatewayAPI");
      assertEquals(
          route.at("/metadata/name").asText(), plugin.at("/httpRoutes/0/name").asText(), env);
      assertEquals(route.at("/metadata/namespace").asText(), plugin.get("namespace").asText(), env);
      assertEquals(env, rollout.at("/metadata/namespace").asText());
    }
    String cluster = Kustomize.build(GENERATED.resolve("cluster/argo-rollouts"));
    KubernetesSchemas.assertValidStream(cluster);
    assertEquals(
        List.of("ClusterRole", "ClusterRoleBinding", "ConfigMap"),
        documents(cluster).stream().map(o -> o.get("kind").asText()).sorted().toList());
  }

  private static JsonNode only(List<JsonNode> objects, String kind) {
    List<JsonNode> matching =
        objects.stream().filter(o -> o.get("kind").asText().equals(kind)).toList();
    assertEquals(1, matching.size(), kind);
    return matching.get(0);
  }

  @Test
  void eachEnvironmentDeploysEveryWorkloadIntoItsNamespace() throws IOException {
    for (String env : ENVIRONMENTS) {
      String stream = Kustomize.build(GENERATED.resolve(env));
      KubernetesSchemas.assertValidStream(stream);
      List<JsonNode> objects = documents(stream);
      assertEquals("Namespace", objects.get(0).get("kind").asText(), "namespace first");
      for (JsonNode object : objects.subList(1, objects.size())) {
        assertEquals(env, object.at("/metadata/namespace").asText());
      }
      for (String service : SERVICES) {
        String kind = WORKLOADS.get(service);
        assertTrue(
            objects.stream()
                .anyMatch(
                    o ->
                        o.get("kind").asText().equals(kind)
                            && o.at("/metadata/name").asText().equals(service)),
            kind + " " + service + " in " + env);
      }
      // only the HTTP services have a Service: a worker and a job take no traffic
      assertEquals(
          List.of("orders", "orders-canary", "orders-stable", "payments"),
          objects.stream()
              .filter(o -> o.get("kind").asText().equals("Service"))
              .map(o -> o.at("/metadata/name").asText())
              .sorted()
              .toList());
    }
  }

  private static List<JsonNode> documents(String stream) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(stream)) {
      while (values.hasNext()) {
        JsonNode doc = values.next();
        if (doc != null && !doc.isNull()) {
          documents.add(doc);
        }
      }
    }
    return documents;
  }

  private static List<JsonNode> sorted(List<JsonNode> objects) {
    return objects.stream()
        .sorted(
            Comparator.comparing(
                o -> o.get("kind").asText() + "/" + o.at("/metadata/name").asText()))
        .toList();
  }
}
