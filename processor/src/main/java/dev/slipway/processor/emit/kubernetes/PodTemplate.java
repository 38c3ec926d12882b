package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.ResourcesModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.values.Durations;
import java.time.Duration;

/**
 * The pod template of a service's workload, shared by the Deployment and the Argo Rollout so that
 * both run exactly the same, secure-by-default pod. See {@code docs/kubernetes.md} for why each
 * setting is what it is.
 */
public final class PodTemplate {

  /** A fixed, high, non-root identity: above the host's user range, never 0 (root). */
  static final int RUN_AS = 10001;

  /** The JVM and most frameworks need a writable /tmp; the root filesystem is read-only. */
  static final String TMP_SIZE_LIMIT = "256Mi";

  /** Startup probes allow this many periods before the container is restarted: 5 min at 10s. */
  static final int STARTUP_PERIODS = 30;

  private PodTemplate() {}

  /** The workload's and pods' labels: the standard labels plus the version from the image tag. */
  public static ObjectNode labels(ServiceModel service, Compilation compilation) {
    ObjectNode labels = Objects.labels(service);
    ContainerImage.of(service, compilation.options())
        .version()
        .ifPresent(v -> labels.put("app.kubernetes.io/version", v));
    return labels;
  }

  /** The {@code spec.template} of a Deployment or Rollout. */
  public static ObjectNode of(ServiceModel service, Compilation compilation) {
    ObjectNode template = Serialization.object();
    ObjectNode metadata = template.putObject("metadata");
    metadata.set("labels", labels(service, compilation));
    ObjectNode annotations = metadata.putObject("annotations");
    annotations.put("prometheus.io/scrape", "true");
    annotations.put("prometheus.io/port", String.valueOf(service.metricsPort()));
    annotations.put("prometheus.io/path", service.metrics().path().value());

    ObjectNode spec = template.putObject("spec");
    spec.put("serviceAccountName", service.serviceName());
    spec.put("automountServiceAccountToken", false);
    // no FOO_SERVICE_HOST variables for every Service in the namespace: DNS names are enough
    spec.put("enableServiceLinks", false);
    spec.put("terminationGracePeriodSeconds", seconds(service.gracePeriod().value()));
    ObjectNode security = spec.putObject("securityContext");
    security.put("runAsNonRoot", true);
    security.put("runAsUser", RUN_AS);
    security.put("runAsGroup", RUN_AS);
    security.put("fsGroup", RUN_AS);
    security.putObject("seccompProfile").put("type", "RuntimeDefault");
    ArrayNode spread = spec.putArray("topologySpreadConstraints");
    spread.add(spread(service, "topology.kubernetes.io/zone"));
    spread.add(spread(service, "kubernetes.io/hostname"));
    spec.putArray("containers").add(container(service, compilation));
    ObjectNode tmp = spec.putArray("volumes").addObject();
    tmp.put("name", "tmp");
    tmp.putObject("emptyDir").put("sizeLimit", TMP_SIZE_LIMIT);
    return template;
  }

  private static ObjectNode container(ServiceModel service, Compilation compilation) {
    ContainerImage image = ContainerImage.of(service, compilation.options());
    ObjectNode container = Serialization.object();
    container.put("name", service.serviceName());
    container.put("image", image.toString());
    container.put("imagePullPolicy", image.pullPolicy());
    ArrayNode ports = container.putArray("ports");
    for (Ports.NamedPort port : Ports.of(service)) {
      ObjectNode p = ports.addObject();
      p.put("name", port.name());
      p.put("containerPort", port.number());
      p.put("protocol", "TCP");
    }
    if (!service.env().isEmpty()) {
      ArrayNode env = container.putArray("env");
      service.env().forEach(e -> env.add(env(e)));
    }
    container.set("resources", resources(service.resources()));
    service.healthCheck().ifPresent(health -> probes(container, service, health));
    ObjectNode security = container.putObject("securityContext");
    security.put("allowPrivilegeEscalation", false);
    security.put("privileged", false);
    security.put("readOnlyRootFilesystem", true);
    security.putObject("capabilities").putArray("drop").add("ALL");
    ObjectNode mount = container.putArray("volumeMounts").addObject();
    mount.put("name", "tmp");
    mount.put("mountPath", "/tmp");
    return container;
  }

  private static ObjectNode env(EnvModel env) {
    ObjectNode variable = Serialization.object();
    variable.put("name", env.name().value());
    if (!env.secret().value().isEmpty()) {
      ObjectNode ref = variable.putObject("valueFrom").putObject("secretKeyRef");
      ref.put("name", env.secret().value());
      ref.put("key", env.effectiveKey());
    } else if (!env.configMap().value().isEmpty()) {
      ObjectNode ref = variable.putObject("valueFrom").putObject("configMapKeyRef");
      ref.put("name", env.configMap().value());
      ref.put("key", env.effectiveKey());
    } else {
      variable.put("value", env.value().value());
    }
    return variable;
  }

  private static ObjectNode resources(ResourcesModel resources) {
    ObjectNode node = Serialization.object();
    ObjectNode requests = node.putObject("requests");
    requests.put("cpu", resources.cpu().value());
    requests.put("memory", resources.memory().value());
    ObjectNode limits = node.putObject("limits");
    if (!resources.cpuLimit().value().isEmpty()) {
      limits.put("cpu", resources.cpuLimit().value());
    }
    limits.put("memory", resources.memoryLimit().value());
    return node;
  }

  /**
   * Liveness and readiness every period; a startup probe (when a path is given) holds both back
   * until the service has started, for up to {@link #STARTUP_PERIODS} periods. The initial delay
   * applies to whichever probe runs first.
   */
  private static void probes(ObjectNode container, ServiceModel service, HealthCheckModel health) {
    String port = Ports.healthPortName(service);
    boolean startup = !health.startup().value().isEmpty();
    long initialDelay = seconds(health.initialDelay().value());
    if (startup) {
      ObjectNode probe = probe(health.startup().value(), port, health, STARTUP_PERIODS);
      putIfPositive(probe, "initialDelaySeconds", initialDelay);
      container.set("startupProbe", probe);
    }
    ObjectNode liveness = probe(health.liveness().value(), port, health, health.failureThreshold().value());
    ObjectNode readiness = probe(health.readiness().value(), port, health, health.failureThreshold().value());
    if (!startup) {
      putIfPositive(liveness, "initialDelaySeconds", initialDelay);
      putIfPositive(readiness, "initialDelaySeconds", initialDelay);
    }
    container.set("livenessProbe", liveness);
    container.set("readinessProbe", readiness);
  }

  private static ObjectNode probe(String path, String port, HealthCheckModel health, int failureThreshold) {
    ObjectNode probe = Serialization.object();
    ObjectNode get = probe.putObject("httpGet");
    get.put("path", path);
    get.put("port", port);
    probe.put("periodSeconds", seconds(health.period().value()));
    probe.put("timeoutSeconds", seconds(health.timeout().value()));
    probe.put("failureThreshold", failureThreshold);
    return probe;
  }

  private static ObjectNode spread(ServiceModel service, String topologyKey) {
    ObjectNode constraint = Serialization.object();
    constraint.put("maxSkew", 1);
    constraint.put("topologyKey", topologyKey);
    // prefer spreading, but never leave a pod pending because a zone or node is missing
    constraint.put("whenUnsatisfiable", "ScheduleAnyway");
    constraint.putObject("labelSelector").set("matchLabels", Objects.selector(service));
    return constraint;
  }

  private static void putIfPositive(ObjectNode node, String field, long value) {
    if (value > 0) {
      node.put(field, value);
    }
  }

  /** Whole seconds, rounded up: Kubernetes counts probe and grace times in seconds. */
  static long seconds(String duration) {
    Duration d = Durations.parse(duration).orElseThrow(() -> new IllegalArgumentException("not a duration: " + duration));
    return (d.toMillis() + 999) / 1000;
  }
}
