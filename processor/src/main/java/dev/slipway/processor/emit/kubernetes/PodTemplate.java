package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.plan.EnvVar;
import dev.slipway.processor.plan.Ports;
import dev.slipway.processor.plan.Probes;
import dev.slipway.processor.plan.ResourcesPlan;
import dev.slipway.processor.plan.ServicePlan;

/**
 * The pod template of a service's workload, shared by the Deployment and the Argo Rollout so that
 * both run exactly the same, secure-by-default pod. See {@code docs/kubernetes.md} for why each
 * setting is what it is.
 */
final class PodTemplate {

  /** A fixed, high, non-root identity: above the host's user range, never 0 (root). */
  static final int RUN_AS = 10001;

  /** The JVM and most frameworks need a writable /tmp; the root filesystem is read-only. */
  static final String TMP_SIZE_LIMIT = "256Mi";

  /** Startup probes allow this many periods before the container is restarted: 5 min at 10s. */
  static final int STARTUP_PERIODS = 30;

  private PodTemplate() {}

  /** The workload's and pods' labels: the standard labels plus the version from the image tag. */
  static ObjectNode labels(ServicePlan service) {
    ObjectNode labels = Objects.labels(service);
    if (service.image().version().isPresent()) {
      labels.put("app.kubernetes.io/version", service.image().version().get());
    }
    return labels;
  }

  /**
   * The {@code spec.template} of a Deployment, Rollout, Job or CronJob's job. A job's pod is not
   * scraped, not spread (one pod per run) and not restarted by the kubelet unless it says so.
   */
  static ObjectNode of(ServicePlan service) {
    ObjectNode template = Serialization.object();
    ObjectNode metadata = template.putObject("metadata");
    metadata.set("labels", labels(service));
    if (!service.isJob()) {
      ObjectNode annotations = metadata.putObject("annotations");
      annotations.put("prometheus.io/scrape", "true");
      annotations.put("prometheus.io/port", String.valueOf(service.ports().metrics()));
      annotations.put("prometheus.io/path", service.metrics().path());
    }

    ObjectNode spec = template.putObject("spec");
    if (service.job().isPresent()) {
      spec.put("restartPolicy", service.job().get().restartPolicy());
    }
    spec.put("serviceAccountName", service.name());
    spec.put("automountServiceAccountToken", false);
    // no FOO_SERVICE_HOST variables for every Service in the namespace: DNS names are enough
    spec.put("enableServiceLinks", false);
    spec.put("terminationGracePeriodSeconds", service.gracePeriod().secondsRoundedUp());
    ObjectNode security = spec.putObject("securityContext");
    security.put("runAsNonRoot", true);
    security.put("runAsUser", RUN_AS);
    security.put("runAsGroup", RUN_AS);
    security.put("fsGroup", RUN_AS);
    security.putObject("seccompProfile").put("type", "RuntimeDefault");
    if (!service.isJob()) {
      ArrayNode spread = spec.putArray("topologySpreadConstraints");
      spread.add(spread(service, "topology.kubernetes.io/zone"));
      spread.add(spread(service, "kubernetes.io/hostname"));
    }
    spec.putArray("containers").add(container(service));
    ObjectNode tmp = spec.putArray("volumes").addObject();
    tmp.put("name", "tmp");
    tmp.putObject("emptyDir").put("sizeLimit", TMP_SIZE_LIMIT);
    return template;
  }

  private static ObjectNode container(ServicePlan service) {
    ObjectNode container = Serialization.object();
    container.put("name", service.name());
    container.put("image", service.image().toString());
    container.put("imagePullPolicy", service.image().pullPolicy());
    if (!service.ports().named().isEmpty()) {
      ports(container.putArray("ports"), service.ports());
    }
    if (!service.env().isEmpty() || service.jvm().isPresent()) {
      ArrayNode env = container.putArray("env");
      for (EnvVar variable : service.env()) {
        env.add(env(variable));
      }
      if (service.jvm().isPresent()) {
        env.addObject()
            .put("name", "JAVA_TOOL_OPTIONS")
            .put("value", service.jvm().get().javaToolOptions());
      }
    }
    container.set("resources", resources(service.resources()));
    if (service.probes().isPresent()) {
      probes(container, service.ports(), service.probes().get());
    }
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

  private static void ports(ArrayNode ports, Ports named) {
    for (Ports.NamedPort port : named.named()) {
      ObjectNode p = ports.addObject();
      p.put("name", port.name());
      p.put("containerPort", port.number());
      p.put("protocol", "TCP");
    }
  }

  static ObjectNode env(EnvVar env) {
    ObjectNode variable = Serialization.object();
    variable.put("name", env.name());
    switch (env.source()) {
      case SECRET -> keyRef(variable, "secretKeyRef", env);
      case CONFIG_MAP -> keyRef(variable, "configMapKeyRef", env);
      case LITERAL -> variable.put("value", env.value());
    }
    return variable;
  }

  private static void keyRef(ObjectNode variable, String kind, EnvVar env) {
    ObjectNode ref = variable.putObject("valueFrom").putObject(kind);
    ref.put("name", env.value());
    ref.put("key", env.key());
  }

  private static ObjectNode resources(ResourcesPlan resources) {
    ObjectNode node = Serialization.object();
    ObjectNode requests = node.putObject("requests");
    requests.put("cpu", resources.cpu().text());
    requests.put("memory", resources.memory().text());
    ObjectNode limits = node.putObject("limits");
    if (resources.cpuLimit().isPresent()) {
      limits.put("cpu", resources.cpuLimit().get().text());
    }
    limits.put("memory", resources.memoryLimit().text());
    return node;
  }

  /**
   * Liveness and readiness every period; a startup probe (when a path is given) holds both back
   * until the service has started, for up to {@link #STARTUP_PERIODS} periods. The initial delay
   * applies to whichever probe runs first.
   */
  private static void probes(ObjectNode container, Ports ports, Probes probes) {
    String port = ports.healthName();
    long initialDelay = probes.initialDelay().secondsRoundedUp();
    if (probes.startup().isPresent()) {
      ObjectNode probe = probe(probes.startup().get(), port, probes, STARTUP_PERIODS);
      putIfPositive(probe, "initialDelaySeconds", initialDelay);
      container.set("startupProbe", probe);
    }
    ObjectNode liveness = probe(probes.liveness(), port, probes, probes.failureThreshold());
    ObjectNode readiness = probe(probes.readiness(), port, probes, probes.failureThreshold());
    if (probes.startup().isEmpty()) {
      putIfPositive(liveness, "initialDelaySeconds", initialDelay);
      putIfPositive(readiness, "initialDelaySeconds", initialDelay);
    }
    container.set("livenessProbe", liveness);
    container.set("readinessProbe", readiness);
  }

  private static ObjectNode probe(String path, String port, Probes probes, int failureThreshold) {
    ObjectNode probe = Serialization.object();
    ObjectNode get = probe.putObject("httpGet");
    get.put("path", path);
    get.put("port", port);
    probe.put("periodSeconds", probes.period().secondsRoundedUp());
    probe.put("timeoutSeconds", probes.timeout().secondsRoundedUp());
    probe.put("failureThreshold", failureThreshold);
    return probe;
  }

  private static ObjectNode spread(ServicePlan service, String topologyKey) {
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
}
