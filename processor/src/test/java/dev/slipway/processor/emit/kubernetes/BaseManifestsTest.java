package dev.slipway.processor.emit.kubernetes;

import static dev.slipway.processor.SlipwayCompiler.assertObject;
import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.CompilationSubject;
import dev.slipway.processor.SlipwayCompiler.Output;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Specification of each service's kustomize base: one expectation per object kind. */
class BaseManifestsTest {

  /** A service using every attribute that shapes the base, next to one of its dependencies. */
  private static final Output SHOP =
      compile(
          service(
              "ShopService",
              """
              @Service(name = "shop", image = "registry.example.com/acme/shop:1.2.3", port = 8080, team = "retail",
                  resources = @Resources(cpu = "100m", memory = "128Mi", cpuLimit = "", memoryLimit = "256Mi"),
                  env = {
                    @Env(name = "LOG_LEVEL", value = "debug"),
                    @Env(name = "DB_PASSWORD", secret = "shop-db", key = "password"),
                    @Env(name = "FEATURES", configMap = "shop-flags")
                  },
                  dependsOn = {"stock", "mailer"},
                  gracePeriod = "45s")
              @Scaling(min = 3, max = 9, cpuUtilization = 60, memoryUtilization = 80)
              @Waive(rule = "SLW-DEP-005", reason = "the mailer is deployed by the platform team")
              @HealthCheck(port = 9090, startup = "", initialDelay = "5s", period = "15s", timeout = "3s", failureThreshold = 4)
              @Expose(via = Expose.Via.INGRESS, host = "shop.example.com", path = "/api", tlsSecret = "shop-tls", ingressClass = "nginx")
              @Egress(cidr = "10.20.0.0/16", ports = 5432)
              @Egress(host = "api.stripe.com", ports = 443)
              @Egress(namespace = "kafka", ports = {9092, 9093})
              """),
          service(
              "StockService",
              """
              @Service(image = "registry.example.com/acme/stock:4.0.0", port = 7070, team = "retail")
              @HealthCheck
              """));

  private static final String LABELS =
      """
      app.kubernetes.io/name: shop
      app.kubernetes.io/component: service
      app.kubernetes.io/part-of: shop
      app.kubernetes.io/managed-by: slipway
      team: retail
      """;

  @Test
  void baseIsAKustomizationOfOneStreamOfEveryObjectInApplyOrder() {
    CompilationSubject.assertThat(SHOP.compilation()).succeededWithoutWarnings();
    assertEquals(
        List.of("shop/base/kustomization.yaml", "shop/base/manifests.yaml"),
        SHOP.files().keySet().stream().filter(path -> path.startsWith("shop/base/")).toList());
    assertObject(
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources: [manifests.yaml]
        """,
        SHOP.yaml("shop/base/kustomization.yaml"));
    assertEquals(
        List.of(
            "ServiceAccount",
            "NetworkPolicy",
            "Service",
            "Deployment",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "Ingress",
            "ServiceMonitor",
            "PrometheusRule"),
        SHOP.kinds("shop/base/manifests.yaml"));
  }

  @Test
  void serviceAccountMountsNoToken() {
    assertObject(
        """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: shop
          labels:
        %s
        automountServiceAccountToken: false
        """
            .formatted(LABELS.indent(4)),
        SHOP.object("shop/base/manifests.yaml", "ServiceAccount"));
  }

  @Test
  void deploymentRunsTheSecurePodTemplate() {
    assertObject(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop
          labels:
        %1$s
            app.kubernetes.io/version: 1.2.3
        spec:
          revisionHistoryLimit: 5
          progressDeadlineSeconds: 600
          selector:
            matchLabels: {app.kubernetes.io/name: shop}
          strategy:
            type: RollingUpdate
            rollingUpdate: {maxUnavailable: 0, maxSurge: 25%%}
          template:
            metadata:
              labels:
        %2$s
                app.kubernetes.io/version: 1.2.3
              annotations:
                prometheus.io/scrape: "true"
                prometheus.io/port: "9090"
                prometheus.io/path: /metrics
            spec:
              serviceAccountName: shop
              automountServiceAccountToken: false
              enableServiceLinks: false
              terminationGracePeriodSeconds: 45
              securityContext:
                runAsNonRoot: true
                runAsUser: 10001
                runAsGroup: 10001
                fsGroup: 10001
                seccompProfile: {type: RuntimeDefault}
              topologySpreadConstraints:
                - maxSkew: 1
                  topologyKey: topology.kubernetes.io/zone
                  whenUnsatisfiable: ScheduleAnyway
                  labelSelector: {matchLabels: {app.kubernetes.io/name: shop}}
                - maxSkew: 1
                  topologyKey: kubernetes.io/hostname
                  whenUnsatisfiable: ScheduleAnyway
                  labelSelector: {matchLabels: {app.kubernetes.io/name: shop}}
              containers:
                - name: shop
                  image: registry.example.com/acme/shop:1.2.3
                  imagePullPolicy: IfNotPresent
                  ports:
                    - {name: http, containerPort: 8080, protocol: TCP}
                    - {name: management, containerPort: 9090, protocol: TCP}
                  env:
                    - {name: LOG_LEVEL, value: debug}
                    - name: DB_PASSWORD
                      valueFrom: {secretKeyRef: {name: shop-db, key: password}}
                    - name: FEATURES
                      valueFrom: {configMapKeyRef: {name: shop-flags, key: FEATURES}}
                    # the heap gets 256Mi less the runtime's 96Mi; no CPU limit, so the 100m request, rounded up
                    - {name: JAVA_TOOL_OPTIONS, value: -XX:MaxRAMPercentage=62 -XX:ActiveProcessorCount=1 -XX:+ExitOnOutOfMemoryError}
                  resources:
                    requests: {cpu: 100m, memory: 128Mi}
                    limits: {memory: 256Mi}
                  livenessProbe:
                    httpGet: {path: /health/live, port: management}
                    periodSeconds: 15
                    timeoutSeconds: 3
                    failureThreshold: 4
                    initialDelaySeconds: 5
                  readinessProbe:
                    httpGet: {path: /health/ready, port: management}
                    periodSeconds: 15
                    timeoutSeconds: 3
                    failureThreshold: 4
                    initialDelaySeconds: 5
                  securityContext:
                    allowPrivilegeEscalation: false
                    privileged: false
                    readOnlyRootFilesystem: true
                    capabilities: {drop: [ALL]}
                  volumeMounts:
                    - {name: tmp, mountPath: /tmp}
              volumes:
                - name: tmp
                  emptyDir: {sizeLimit: 256Mi}
        """
            .formatted(LABELS.indent(4), LABELS.indent(8)),
        SHOP.object("shop/base/manifests.yaml", "Deployment"));
  }

  @Test
  void serviceIsClusterIpWithEveryNamedPort() {
    assertObject(
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: shop
          labels:
        %s
        spec:
          type: ClusterIP
          selector: {app.kubernetes.io/name: shop}
          ports:
            - {name: http, port: 8080, targetPort: http, protocol: TCP}
            - {name: management, port: 9090, targetPort: management, protocol: TCP}
        """
            .formatted(LABELS.indent(4)),
        SHOP.object("shop/base/manifests.yaml", "Service"));
  }

  @Test
  void hpaScalesTheDeploymentOnEachUtilizationAndScalesDownSlowly() {
    assertObject(
        """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: shop
          labels:
        %s
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: shop}
          minReplicas: 3
          maxReplicas: 9
          metrics:
            - type: Resource
              resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
            - type: Resource
              resource: {name: memory, target: {type: Utilization, averageUtilization: 80}}
          behavior:
            scaleDown:
              stabilizationWindowSeconds: 300
              policies: [{type: Percent, value: 25, periodSeconds: 60}]
        """
            .formatted(LABELS.indent(4)),
        SHOP.object("shop/base/manifests.yaml", "HorizontalPodAutoscaler"));
  }

  @Test
  void pdbNeverBlocksADrain() {
    assertObject(
        """
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: shop
          labels:
        %s
        spec:
          maxUnavailable: 1
          selector: {matchLabels: {app.kubernetes.io/name: shop}}
          unhealthyPodEvictionPolicy: AlwaysAllow
        """
            .formatted(LABELS.indent(4)),
        SHOP.object("shop/base/manifests.yaml", "PodDisruptionBudget"));
  }

  @Test
  void networkPolicyDeniesAllButOwnPortsDependenciesDeclaredPeersAndDns() {
    assertObject(
        """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: shop
          labels:
        %s
          annotations: {slipway.dev/egress-hosts: "api.stripe.com:443"}
        spec:
          podSelector: {matchLabels: {app.kubernetes.io/name: shop}}
          policyTypes: [Ingress, Egress]
          ingress:
            - ports: [{protocol: TCP, port: 8080}, {protocol: TCP, port: 9090}]
          egress:
            - to: [{namespaceSelector: {}, podSelector: {matchLabels: {app.kubernetes.io/name: stock}}}]
              ports: [{protocol: TCP, port: 7070}]
            - to: [{namespaceSelector: {}, podSelector: {matchLabels: {app.kubernetes.io/name: mailer}}}]
              ports: [{protocol: TCP}]
            - to: [{ipBlock: {cidr: 10.20.0.0/16}}]
              ports: [{protocol: TCP, port: 5432}]
            - to: [{ipBlock: {cidr: 0.0.0.0/0}}, {ipBlock: {cidr: "::/0"}}]
              ports: [{protocol: TCP, port: 443}]
            - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kafka}}}]
              ports: [{protocol: TCP, port: 9092}, {protocol: TCP, port: 9093}]
            - to:
                - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
                  podSelector: {matchLabels: {k8s-app: kube-dns}}
              ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
        """
            .formatted(LABELS.indent(4)),
        SHOP.object("shop/base/manifests.yaml", "NetworkPolicy"));
  }

  @Test
  void ingressRoutesTheHostOverTls() {
    assertObject(
        """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop
          labels:
        %s
        spec:
          ingressClassName: nginx
          tls: [{hosts: [shop.example.com], secretName: shop-tls}]
          rules:
            - host: shop.example.com
              http:
                paths:
                  - path: /api
                    pathType: Prefix
                    backend: {service: {name: shop, port: {name: http}}}
        """
            .formatted(LABELS.indent(4)),
        SHOP.object("shop/base/manifests.yaml", "Ingress"));
  }

  @Test
  void autoscaledServiceLeavesReplicasToTheHpa() {
    assertFalse(SHOP.object("shop/base/manifests.yaml", "Deployment").path("spec").has("replicas"));
  }

  @Test
  void fixedScalingSetsReplicasAndHasNoHpa() {
    Output out = compile(service("FixedService", minimal() + "@Scaling(min = 4, max = 4)\n"));
    assertEquals(
        4, out.object("fixed/base/manifests.yaml", "Deployment").at("/spec/replicas").asInt());
    assertFalse(out.kinds("fixed/base/manifests.yaml").contains("HorizontalPodAutoscaler"));
    assertTrue(out.kinds("fixed/base/manifests.yaml").contains("PodDisruptionBudget"));
  }

  @Test
  void withoutScalingTwoReplicasAndAPdb() {
    Output out = compile(service("PlainService", minimal()));
    assertEquals(
        2, out.object("plain/base/manifests.yaml", "Deployment").at("/spec/replicas").asInt());
    assertFalse(out.kinds("plain/base/manifests.yaml").contains("HorizontalPodAutoscaler"));
    assertTrue(out.kinds("plain/base/manifests.yaml").contains("PodDisruptionBudget"));
  }

  @Test
  void singleReplicaHasNoPdb() {
    Output out = compile(service("LoneService", minimal() + "@Scaling(min = 1, max = 1)\n"));
    assertEquals(
        1, out.object("lone/base/manifests.yaml", "Deployment").at("/spec/replicas").asInt());
    assertFalse(out.kinds("lone/base/manifests.yaml").contains("PodDisruptionBudget"));
  }

  @Test
  void autoscalingFromOneReplicaHasAnHpaButNoPdb() {
    Output out = compile(service("BurstService", minimal() + "@Scaling(min = 1, max = 5)\n"));
    assertTrue(out.kinds("burst/base/manifests.yaml").contains("HorizontalPodAutoscaler"));
    assertFalse(out.kinds("burst/base/manifests.yaml").contains("PodDisruptionBudget"));
  }

  @Test
  void aProgressivelyDeliveredServiceHasNoDeploymentAndItsHpaTargetsTheRollout() {
    Output out =
        compile(service("CanaryService", minimal() + "@Scaling(min = 2, max = 4)\n@Canary\n"));
    assertFalse(out.kinds("canary/base/manifests.yaml").contains("Deployment"));
    assertObject(
        "{apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: canary}",
        out.object("canary/base/manifests.yaml", "HorizontalPodAutoscaler")
            .at("/spec/scaleTargetRef"));
  }

  @Test
  void notExposedMeansNoIngress() {
    Output out = compile(service("PlainService", minimal()));
    assertFalse(out.kinds("plain/base/manifests.yaml").contains("Ingress"));
  }

  @Test
  void ingressWithoutClassUsesTheClusterDefault() {
    Output out =
        compile(
            service(
                "WebService",
                minimal()
                    + "@Expose(via = Expose.Via.INGRESS, host = \"web.example.com\", tlsSecret = \"web-tls\")\n"));
    assertFalse(
        out.object("web/base/manifests.yaml", "Ingress").path("spec").has("ingressClassName"));
    assertEquals(
        "/",
        out.object("web/base/manifests.yaml", "Ingress")
            .at("/spec/rules/0/http/paths/0/path")
            .asText());
  }

  @Test
  void withoutHealthCheckThereAreNoProbes() {
    Output out =
        compile(
            service(
                "PlainService",
                minimal()
                    .replace(
                        "@HealthCheck\n",
                        "@Waive(rule = \"SLW-HLT-001\", reason = \"a queue worker: no Service sends it traffic\")\n")));
    var container =
        out.object("plain/base/manifests.yaml", "Deployment")
            .at("/spec/template/spec/containers/0");
    assertFalse(container.has("readinessProbe"));
    assertFalse(container.has("livenessProbe"));
    assertFalse(container.has("startupProbe"));
  }

  @Test
  void startupProbeAllowsThirtyPeriodsAndTakesTheInitialDelay() {
    Output out =
        compile(
            service(
                "SlowService",
                minimal().replace("@HealthCheck", "@HealthCheck(initialDelay = \"20s\")")));
    var container =
        out.object("slow/base/manifests.yaml", "Deployment").at("/spec/template/spec/containers/0");
    assertObject(
        """
        httpGet: {path: /health/started, port: http}
        periodSeconds: 10
        timeoutSeconds: 2
        failureThreshold: 30
        initialDelaySeconds: 20
        """,
        container.get("startupProbe"));
    assertFalse(container.get("livenessProbe").has("initialDelaySeconds"));
    assertFalse(container.get("readinessProbe").has("initialDelaySeconds"));
  }

  @Test
  void metricsOnAThirdPortGetsItsOwnNamedPort() {
    Output out =
        compile(
            service(
                "ScrapedService",
                minimal().replace("@HealthCheck", "@HealthCheck(port = 8081)")
                    + "@Metrics(port = 9100, path = \"/prom\")\n"));
    var deployment = out.object("scraped/base/manifests.yaml", "Deployment");
    assertEquals(
        List.of("http:8080", "management:8081", "metrics:9100"),
        StreamSupport.stream(
                deployment.at("/spec/template/spec/containers/0/ports").spliterator(), false)
            .map(p -> p.get("name").asText() + ":" + p.get("containerPort").asInt())
            .toList());
    assertEquals(
        "9100", deployment.at("/spec/template/metadata/annotations/prometheus.io~1port").asText());
    assertEquals(
        "/prom", deployment.at("/spec/template/metadata/annotations/prometheus.io~1path").asText());
    assertEquals(3, out.object("scraped/base/manifests.yaml", "Service").at("/spec/ports").size());
  }

  @Test
  void imageWithoutAnnotationComesFromRegistryAndTagOptions() {
    Output out =
        compile(
            Map.of("slipway.registry", "registry.example.com/acme/", "slipway.tag", "2.0.0"),
            service(
                "PlainService",
                minimal().replace("image = \"registry.example.com/acme/plain:1.0.0\", ", "")));
    var container =
        out.object("plain/base/manifests.yaml", "Deployment")
            .at("/spec/template/spec/containers/0");
    assertEquals("registry.example.com/acme/plain:2.0.0", container.get("image").asText());
  }

  @Test
  void tagOptionReplacesTheWrittenTagAndSnapshotsAreAlwaysPulled() {
    Output out =
        compile(Map.of("slipway.tag", "2.1.0-SNAPSHOT"), service("PlainService", minimal()));
    var deployment = out.object("plain/base/manifests.yaml", "Deployment");
    var container = deployment.at("/spec/template/spec/containers/0");
    assertEquals("registry.example.com/acme/plain:2.1.0-SNAPSHOT", container.get("image").asText());
    assertEquals("Always", container.get("imagePullPolicy").asText());
    assertEquals(
        "2.1.0-SNAPSHOT", deployment.at("/metadata/labels/app.kubernetes.io~1version").asText());
  }

  @Test
  void digestPinWinsOverTheTagOptionAndHasNoVersionLabel() {
    String digest = "sha256:" + "a".repeat(64);
    Output out =
        compile(
            Map.of("slipway.tag", "9.9.9"),
            service("PlainService", minimal().replace("plain:1.0.0", "plain@" + digest)));
    var deployment = out.object("plain/base/manifests.yaml", "Deployment");
    var container = deployment.at("/spec/template/spec/containers/0");
    assertEquals("registry.example.com/acme/plain@" + digest, container.get("image").asText());
    assertEquals("IfNotPresent", container.get("imagePullPolicy").asText());
    assertFalse(deployment.at("/metadata/labels").has("app.kubernetes.io/version"));
  }

  /** The least a valid service needs; a test appends or replaces annotations. */
  static String minimal() {
    return """
        @Service(image = "registry.example.com/acme/plain:1.0.0", team = "core")
        @HealthCheck
        """;
  }
}
