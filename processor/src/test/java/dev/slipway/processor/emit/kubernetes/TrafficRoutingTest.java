package dev.slipway.processor.emit.kubernetes;

import static dev.slipway.processor.SlipwayCompiler.assertObject;
import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.documents;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Specification of how an exposed service receives traffic: through a Gateway API {@code HTTPRoute}
 * by default, and for a canary on such a route, through Argo Rollouts' Gateway API plugin, which
 * sets each step's weight on the route's backends exactly.
 */
class TrafficRoutingTest {

  private static final String LABELS =
      """
      app.kubernetes.io/name: shop
      app.kubernetes.io/component: service
      app.kubernetes.io/part-of: shop
      app.kubernetes.io/managed-by: slipway
      team: retail
      """;

  /** A plain service on the platform's Gateway, named by the processor option. */
  private static final Output ROUTED =
      compile(
          Map.of("slipway.gateway", "infra/public", "slipway.rendered", "true"),
          service(
              "ShopService",
              """
              @Service(name = "shop", image = "registry.example.com/acme/shop:1.2.3", port = 8080, team = "retail")
              @HealthCheck
              @Expose(host = "shop.example.com", path = "/api")
              """));

  /** A canary on a route, with a header route for smoke tests, in namespaces per team. */
  private static final Output ROUTED_CANARY =
      compile(
          Map.of("slipway.namespace", "{team}-{env}", "slipway.rendered", "true"),
          service(
              "ShopService",
              """
              @Service(name = "shop", image = "registry.example.com/acme/shop:1.2.3", port = 8080, team = "retail")
              @Scaling(min = 3, max = 3)
              @HealthCheck
              @Canary(steps = {10, 25, 50}, pause = "2m", header = "X-Canary", headerValue = "smoke")
              @Expose(host = "*.shop.example.com", gateway = "infra/public", listener = "websecure")
              """));

  @Test
  void anExposedServiceGetsAnHttpRouteOnTheGatewaysHttpsListenerAndNoIngress() {
    CompilationSubject.assertThat(ROUTED.compilation()).succeededWithoutWarnings();
    assertFalse(ROUTED.kinds("shop/base/manifests.yaml").contains("Ingress"));
    assertObject(
        """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: shop
          labels:
        %s
        spec:
          parentRefs:
            - {group: gateway.networking.k8s.io, kind: Gateway, namespace: infra, name: public, sectionName: https}
          hostnames: [shop.example.com]
          rules:
            - matches: [{path: {type: PathPrefix, value: /api}}]
              backendRefs: [{name: shop, port: 8080}]
        """
            .formatted(LABELS.indent(4)),
        ROUTED.object("shop/base/manifests.yaml", "HTTPRoute"));
  }

  @Test
  void outsideProductionTheRouteAnswersOnTheEnvironmentsHost(@TempDir Path dir) {
    assertObject(
        "[{op: replace, path: /spec/hostnames/0, value: shop-staging.example.com}]",
        ROUTED.patch("shop/overlays/staging/kustomization.yaml", "HTTPRoute").orElseThrow());
    assertTrue(ROUTED.patch("shop/overlays/prod/kustomization.yaml", "HTTPRoute").isEmpty());
    ROUTED.writeTo(dir);
    for (String env : List.of("dev", "staging", "prod")) {
      String kustomized = Kustomize.build(dir.resolve("shop/overlays/" + env));
      KubernetesSchemas.assertValidStream(kustomized);
      assertEquals(
          sorted(documents(kustomized)),
          sorted(ROUTED.stream("shop/rendered/" + env + ".yaml")),
          env);
      JsonNode route = only(documents(kustomized), "HTTPRoute");
      // kustomize moves the route into the environment's namespace, and leaves the Gateway's alone
      assertEquals(env, route.at("/metadata/namespace").asText());
      assertEquals("infra", route.at("/spec/parentRefs/0/namespace").asText());
    }
  }

  @Test
  void aCanarysRouteHasTheStableBackendAtFullWeightAndTheCanaryAtNone() {
    CompilationSubject.assertThat(ROUTED_CANARY.compilation()).succeededWithoutWarnings();
    assertObject(
        """
        parentRefs:
          - {group: gateway.networking.k8s.io, kind: Gateway, namespace: infra, name: public, sectionName: websecure}
        hostnames: ['*.shop.example.com']
        rules:
          - matches: [{path: {type: PathPrefix, value: /}}]
            backendRefs:
              - {name: shop-stable, port: 8080, weight: 100}
              - {name: shop-canary, port: 8080, weight: 0}
        """,
        ROUTED_CANARY.object("shop/base/manifests.yaml", "HTTPRoute").get("spec"));
  }

  @Test
  void theRolloutHandsTheWeightsToTheGatewayApiPluginAndSmokeTestsTheCanaryByHeaderFirst() {
    assertObject(
        """
        canary:
          canaryService: shop-canary
          stableService: shop-stable
          maxSurge: 25%
          maxUnavailable: 0
          trafficRouting:
            managedRoutes: [{name: canary-header}]
            plugins:
              argoproj-labs/gatewayAPI:
                httpRoutes: [{name: shop, useHeaderRoutes: true}]
                namespace: retail-prod
          analysis:
            templates: [{templateName: shop}]
            args:
              - {name: pod-template-hash, valueFrom: {podTemplateHashValue: Latest}}
              - {name: namespace, valueFrom: {fieldRef: {fieldPath: metadata.namespace}}}
            startingStep: 5
          steps:
            - setCanaryScale: {replicas: 1}
            - setHeaderRoute:
                name: canary-header
                match: [{headerName: X-Canary, headerValue: {exact: smoke}}]
            - pause: {duration: 2m}
            - setCanaryScale: {matchTrafficWeight: true}
            - setWeight: 10
            - pause: {duration: 2m}
            - setWeight: 25
            - pause: {duration: 2m}
            - setWeight: 50
            - pause: {duration: 2m}
        """,
        ROUTED_CANARY.object("shop/base/manifests.yaml", "Rollout").at("/spec/strategy"));
  }

  @Test
  void withoutHeaderTheAnalysisStartsAtTheFirstPauseAndNoRouteIsManaged() {
    Output out =
        compile(
            Map.of("slipway.gateway", "infra/public"),
            service(
                "ShopService",
                """
                @Service(name = "shop", image = "registry.example.com/acme/shop:1.2.3", team = "retail")
                @HealthCheck
                @Canary(steps = {1, 5})
                @Expose(host = "shop.example.com")
                """));
    CompilationSubject.assertThat(out.compilation()).succeededWithoutWarnings();
    JsonNode canary = out.object("shop/base/manifests.yaml", "Rollout").at("/spec/strategy/canary");
    assertObject(
        "{plugins: {argoproj-labs/gatewayAPI: {httpRoutes: [{name: shop}], namespace: prod}}}",
        canary.get("trafficRouting"));
    assertEquals(1, canary.at("/analysis/startingStep").asInt());
    assertEquals("setWeight", canary.at("/steps/0").fieldNames().next());
  }

  @Test
  void eachOverlayPointsThePluginAtTheRouteInItsOwnNamespace(@TempDir Path dir) {
    assertObject(
        """
        - {op: replace, path: /spec/replicas, value: 1}
        - op: replace
          path: /spec/strategy/canary/trafficRouting/plugins/argoproj-labs~1gatewayAPI/namespace
          value: retail-dev
        """,
        ROUTED_CANARY.patch("shop/overlays/dev/kustomization.yaml", "Rollout").orElseThrow());
    ROUTED_CANARY.writeTo(dir);
    for (String env : List.of("dev", "staging", "prod")) {
      String kustomized = Kustomize.build(dir.resolve("shop/overlays/" + env));
      KubernetesSchemas.assertValidStream(kustomized);
      assertEquals(
          sorted(documents(kustomized)),
          sorted(ROUTED_CANARY.stream("shop/rendered/" + env + ".yaml")),
          env);
      JsonNode rollout = only(documents(kustomized), "Rollout");
      JsonNode route = only(documents(kustomized), "HTTPRoute");
      assertEquals("retail-" + env, rollout.at("/metadata/namespace").asText());
      assertEquals(
          rollout.at("/metadata/namespace").asText(),
          rollout
              .at("/spec/strategy/canary/trafficRouting/plugins")
              .get("argoproj-labs/gatewayAPI")
              .get("namespace")
              .asText(),
          "the plugin looks for the route where the Rollout runs, in " + env);
      assertEquals(
          route.at("/metadata/namespace").asText(), rollout.at("/metadata/namespace").asText());
    }
  }

  @Test
  void theClusterGetsThePluginRegisteredAndAllowedToUpdateRoutesOnlyWhenACanaryIsRouted() {
    assertEquals(
        List.of(
            "cluster/argo-rollouts/gateway-api-plugin.yaml",
            "cluster/argo-rollouts/kustomization.yaml"),
        ROUTED_CANARY.files().keySet().stream().filter(p -> p.startsWith("cluster/")).toList());
    assertFalse(ROUTED.files().keySet().stream().anyMatch(p -> p.startsWith("cluster/")));
    List<JsonNode> objects = ROUTED_CANARY.stream("cluster/argo-rollouts/gateway-api-plugin.yaml");
    objects.forEach(KubernetesSchemas::assertValid);
    assertObject(
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: argo-rollouts-config
          namespace: argo-rollouts
          labels: {app.kubernetes.io/managed-by: slipway}
        data:
          trafficRouterPlugins: |
            - name: argoproj-labs/gatewayAPI
              location: https://github.com/argoproj-labs/rollouts-plugin-trafficrouter-gatewayapi/releases/download/v0.16.0/gatewayapi-plugin-linux-amd64
        """,
        objects.get(0));
    assertObject(
        """
        - {apiGroups: [''], resources: [services], verbs: [get]}
        - {apiGroups: [gateway.networking.k8s.io], resources: [httproutes], verbs: [get, list, update, patch]}
        """,
        objects.get(1).get("rules"));
    assertObject(
        "{apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: argo-rollouts-gateway-api-plugin}",
        objects.get(2).get("roleRef"));
    assertObject(
        "[{kind: ServiceAccount, name: argo-rollouts, namespace: argo-rollouts}]",
        objects.get(2).get("subjects"));
  }

  @Test
  void blueGreenBehindARouteSwitchesTheServicesOwnServiceAndNeedsNoPlugin() {
    Output out =
        compile(
            Map.of("slipway.gateway", "infra/public"),
            service(
                "CartService",
                """
                @Service(image = "registry.example.com/acme/cart:3.1.0", team = "retail")
                @HealthCheck
                @BlueGreen
                @Expose(host = "cart.example.com")
                """));
    CompilationSubject.assertThat(out.compilation()).succeededWithoutWarnings();
    assertObject(
        "[{name: cart, port: 8080}]",
        out.object("cart/base/manifests.yaml", "HTTPRoute").at("/spec/rules/0/backendRefs"));
    assertFalse(
        out.object("cart/base/manifests.yaml", "Rollout")
            .at("/spec/strategy/blueGreen")
            .has("trafficRouting"));
    assertFalse(out.files().keySet().stream().anyMatch(p -> p.startsWith("cluster/")));
  }

  @Test
  void aCanaryBehindAnIngressKeepsReplicaWeightsAndNoPlugin() {
    Output out =
        compile(
            service(
                "ShopService",
                """
                @Service(name = "shop", image = "registry.example.com/acme/shop:1.2.3", team = "retail")
                @Scaling(min = 4, max = 4)
                @HealthCheck
                @Canary(steps = {25, 50, 75})
                @Expose(via = Expose.Via.INGRESS, host = "shop.example.com", tlsSecret = "shop-tls")
                """));
    CompilationSubject.assertThat(out.compilation()).succeededWithoutWarnings();
    assertTrue(out.kinds("shop/base/manifests.yaml").contains("Ingress"));
    assertFalse(out.kinds("shop/base/manifests.yaml").contains("HTTPRoute"));
    assertFalse(
        out.object("shop/base/manifests.yaml", "Rollout")
            .at("/spec/strategy/canary")
            .has("trafficRouting"));
  }

  private static JsonNode only(List<JsonNode> objects, String kind) {
    List<JsonNode> matching =
        objects.stream().filter(o -> o.get("kind").asText().equals(kind)).toList();
    assertEquals(1, matching.size(), kind);
    return matching.get(0);
  }

  private static List<JsonNode> sorted(List<JsonNode> objects) {
    return objects.stream()
        .sorted(
            Comparator.comparing(
                o -> o.get("kind").asText() + "/" + o.at("/metadata/name").asText()))
        .toList();
  }
}
