package dev.slipway.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KubernetesSchemasTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: orders
        labels: {app.kubernetes.io/name: orders}
      spec:
        replicas: 3
        selector:
          matchLabels: {app.kubernetes.io/name: orders}
        strategy:
          type: RollingUpdate
          rollingUpdate: {maxSurge: 1, maxUnavailable: "25%"}
        template:
          metadata:
            labels: {app.kubernetes.io/name: orders}
          spec:
            automountServiceAccountToken: false
            securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
            containers:
              - name: orders
                image: ghcr.io/acme/orders:1.4.2
                ports: [{name: http, containerPort: 8080}]
                resources:
                  requests: {cpu: 250m, memory: 256Mi}
                  limits: {cpu: "1", memory: 512Mi}
                readinessProbe:
                  httpGet: {path: /health/ready, port: http}
                  periodSeconds: 10
                securityContext:
                  allowPrivilegeEscalation: false
                  readOnlyRootFilesystem: true
                  capabilities: {drop: [ALL]}
      """;

  private static final String ROLLOUT =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Rollout
      metadata: {name: orders}
      spec:
        replicas: 3
        selector:
          matchLabels: {app.kubernetes.io/name: orders}
        template:
          metadata:
            labels: {app.kubernetes.io/name: orders}
          spec:
            containers:
              - name: orders
                image: ghcr.io/acme/orders:1.4.2
        strategy:
          canary:
            steps:
              - setWeight: 10
              - pause: {duration: 5m}
              - analysis:
                  templates: [{templateName: orders-canary}]
      """;

  private static final String HTTP_ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: orders}
      spec:
        parentRefs:
          - {group: gateway.networking.k8s.io, kind: Gateway, namespace: infra, name: public, sectionName: https}
        hostnames: [orders.acme.example]
        rules:
          - matches:
              - path: {type: PathPrefix, value: /}
            backendRefs:
              - {name: orders-stable, port: 8080, weight: 100}
              - {name: orders-canary, port: 8080, weight: 0}
      """;

  private static final String SERVICE_MONITOR =
      """
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata: {name: orders, labels: {team: commerce}}
      spec:
        selector:
          matchLabels: {app.kubernetes.io/name: orders}
        endpoints:
          - port: http
            path: /metrics
            interval: 30s
      """;

  @Test
  void aValidDeploymentHasNoProblems() {
    assertEquals(List.of(), KubernetesSchemas.problems(yaml(DEPLOYMENT)));
    KubernetesSchemas.assertValid(yaml(DEPLOYMENT));
  }

  @Test
  void aMisspelledFieldIsRejectedWithItsPath() {
    ObjectNode deployment = (ObjectNode) yaml(DEPLOYMENT);
    ObjectNode spec = (ObjectNode) deployment.get("spec");
    spec.set("replica", spec.remove("replicas"));

    List<String> problems = KubernetesSchemas.problems(deployment);

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("$.spec: "), problems::toString);
    assertTrue(problems.get(0).contains("replica"), problems::toString);
  }

  @Test
  void anUnknownFieldDeepInThePodTemplateIsRejected() {
    JsonNode deployment =
        yaml(DEPLOYMENT.replace("readOnlyRootFilesystem: true", "readOnlyRootFS: true"));

    List<String> problems = KubernetesSchemas.problems(deployment);

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(
        problems.get(0).startsWith("$.spec.template.spec.containers[0].securityContext: "),
        problems::toString);
    assertTrue(problems.get(0).contains("readOnlyRootFS"), problems::toString);
  }

  @Test
  void aWrongTypeIsRejectedWithItsPath() {
    JsonNode deployment = yaml(DEPLOYMENT.replace("replicas: 3", "replicas: three"));

    List<String> problems = KubernetesSchemas.problems(deployment);

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("$.spec.replicas: "), problems::toString);
    assertTrue(problems.get(0).contains("integer"), problems::toString);
  }

  @Test
  void aMalformedQuantityIsRejected() {
    JsonNode deployment = yaml(DEPLOYMENT.replace("memory: 512Mi", "memory: 512MB"));

    List<String> problems = KubernetesSchemas.problems(deployment);

    assertTrue(
        problems.contains(
            "$.spec.template.spec.containers[0].resources.limits.memory:"
                + " does not match the quantity pattern a Kubernetes quantity such as 250m, 1, 512Mi or 1Gi"),
        problems::toString);
  }

  @Test
  void anIntegerOutOfItsFormatsRangeIsRejected() {
    JsonNode deployment = yaml(DEPLOYMENT.replace("replicas: 3", "replicas: 4294967296"));

    assertEquals(
        List.of(
            "$.spec.replicas: does not match the int32 pattern an integer from -2147483648 to 2147483647"),
        KubernetesSchemas.problems(deployment));
  }

  @Test
  void aMissingRequiredFieldIsRejected() {
    ObjectNode deployment = (ObjectNode) yaml(DEPLOYMENT);
    ((ObjectNode) deployment.get("spec")).remove("selector");

    List<String> problems = KubernetesSchemas.problems(deployment);

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(
        problems.get(0).startsWith("$.spec: ") && problems.get(0).contains("selector"),
        problems::toString);
  }

  @Test
  void assertValidListsTheProblems() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                KubernetesSchemas.assertValid(
                    yaml(DEPLOYMENT.replace("periodSeconds: 10", "periodSeconds: 10s"))));

    assertTrue(
        error.getMessage().startsWith("apps/v1 Deployment orders is invalid:"), error::getMessage);
    assertTrue(
        error
            .getMessage()
            .contains("$.spec.template.spec.containers[0].readinessProbe.periodSeconds"),
        error::getMessage);
  }

  @Test
  void aValidArgoRolloutHasNoProblems() {
    assertEquals(List.of(), KubernetesSchemas.problems(yaml(ROLLOUT)));
  }

  @Test
  void aRolloutWithAnUnknownFieldIsRejected() {
    JsonNode rollout = yaml(ROLLOUT.replace("setWeight: 10", "setWeigth: 10"));

    List<String> problems = KubernetesSchemas.problems(rollout);

    assertTrue(
        problems.stream()
            .anyMatch(
                p -> p.startsWith("$.spec.strategy.canary.steps[0]: ") && p.contains("setWeigth")),
        problems::toString);
  }

  @Test
  void aValidHttpRouteHasNoProblems() {
    assertEquals(List.of(), KubernetesSchemas.problems(yaml(HTTP_ROUTE)));
  }

  @Test
  void anHttpRouteWithAnUnknownBackendFieldIsRejected() {
    List<String> problems =
        KubernetesSchemas.problems(yaml(HTTP_ROUTE.replace("weight: 0", "wieght: 0")));

    assertTrue(
        problems.stream()
            .anyMatch(
                p -> p.startsWith("$.spec.rules[0].backendRefs[1]: ") && p.contains("wieght")),
        problems::toString);
  }

  @Test
  void anHttpRouteWeightAboveTheApisBoundIsRejected() {
    List<String> problems =
        KubernetesSchemas.problems(yaml(HTTP_ROUTE.replace("weight: 100", "weight: 1000001")));

    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("$.spec.rules[0].backendRefs[0].weight")),
        problems::toString);
  }

  @Test
  void aValidServiceMonitorHasNoProblems() {
    assertEquals(List.of(), KubernetesSchemas.problems(yaml(SERVICE_MONITOR)));
  }

  @Test
  void aServiceMonitorWithAnUnknownEndpointFieldIsRejected() {
    List<String> problems =
        KubernetesSchemas.problems(
            yaml(SERVICE_MONITOR.replace("path: /metrics", "metricsPath: /metrics")));

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(
        problems.get(0).startsWith("$.spec.endpoints[0]: ")
            && problems.get(0).contains("metricsPath"),
        problems::toString);
  }

  /** A Job's field at the CronJob's level: kube-apiserver's strict decoding rejects it. */
  @Test
  void aCronJobWithARunFieldAtItsOwnLevelIsRejected() {
    List<String> problems =
        KubernetesSchemas.problems(
            yaml(
                """
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: reconciliation}
        spec:
          schedule: "30 2 * * *"
          activeDeadlineSeconds: 2700
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: reconciliation, image: ghcr.io/acme/reconciliation:1.0.3}]
        """));

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(
        problems.get(0).startsWith("$.spec: ") && problems.get(0).contains("activeDeadlineSeconds"),
        problems::toString);
  }

  @Test
  void anUnknownKindIsAProblemNotAPass() {
    List<String> problems =
        KubernetesSchemas.problems(
            yaml(
                """
        apiVersion: argoproj.io/v1alpha1
        kind: Foo
        metadata: {name: x}
        """));

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(
        problems.get(0).startsWith("no schema for argoproj.io/v1alpha1 Foo"), problems::toString);
  }

  @Test
  void anObjectWithoutApiVersionIsAProblem() {
    assertEquals(
        List.of("$: a Kubernetes object needs apiVersion and kind"),
        KubernetesSchemas.problems(yaml("kind: Service\nmetadata: {name: x}\n")));
  }

  @Test
  void everyKindTheGeneratorEmitsHasASchema() {
    assertEquals(
        Set.of(
            "v1 Service",
            "v1 ServiceAccount",
            "v1 ConfigMap",
            "v1 Namespace",
            "apps/v1 Deployment",
            "autoscaling/v2 HorizontalPodAutoscaler",
            "policy/v1 PodDisruptionBudget",
            "batch/v1 Job",
            "batch/v1 CronJob",
            "monitoring.coreos.com/v1 PodMonitor",
            "networking.k8s.io/v1 NetworkPolicy",
            "networking.k8s.io/v1 Ingress",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "gateway.networking.k8s.io/v1 HTTPRoute",
            "argoproj.io/v1alpha1 Rollout",
            "argoproj.io/v1alpha1 AnalysisTemplate",
            "monitoring.coreos.com/v1 ServiceMonitor",
            "monitoring.coreos.com/v1 PrometheusRule"),
        KubernetesSchemas.kinds());
  }

  @Test
  void aStreamIsValidWhenEveryDocumentIs() {
    KubernetesSchemas.assertValidStream(DEPLOYMENT + "---\n" + ROLLOUT + "---\n" + SERVICE_MONITOR);
  }

  @Test
  void aStreamFailsOnItsInvalidDocumentAndNamesIt() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                KubernetesSchemas.assertValidStream(
                    DEPLOYMENT
                        + "---\n"
                        + SERVICE_MONITOR.replace("interval: 30s", "intervall: 30s")));

    assertTrue(
        error
            .getMessage()
            .contains(
                "document 2 (monitoring.coreos.com/v1 ServiceMonitor orders): $.spec.endpoints[0]: "),
        error::getMessage);
  }

  @Test
  void anEmptyStreamIsAFailure() {
    assertThrows(AssertionError.class, () -> KubernetesSchemas.assertValidStream(""));
    assertThrows(AssertionError.class, () -> KubernetesSchemas.assertValidStream("---\n---\n"));
  }

  private static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
