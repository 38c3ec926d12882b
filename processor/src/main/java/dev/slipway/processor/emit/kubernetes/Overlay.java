package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.alerts.Alert;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.emit.alerts.AlertSeverity;
import dev.slipway.processor.emit.prometheus.RuleGroups;
import dev.slipway.processor.plan.ContainerImage;
import dev.slipway.processor.plan.EnvVar;
import dev.slipway.processor.plan.Environment;
import dev.slipway.processor.plan.EnvironmentPlan;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.Replicas;
import dev.slipway.processor.plan.ResourcesPlan;
import dev.slipway.processor.plan.ServicePlan;
import dev.slipway.processor.values.ImageReference;
import dev.slipway.processor.values.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one environment changes in a service's base: the namespace, an {@code environment} label,
 * the image tag, the replica range, the exposed host, what its {@code @Environment} overrides (the
 * container's requests and limits, its JVM sizing, its variables), outside production its alerts'
 * routing, and the namespace in which the Gateway API plugin finds a traffic-routed canary's route.
 * The same value is written as a kustomize overlay ({@link #kustomization()} and the {@link
 * #patches()}) and applied in Java for the rendered streams ({@link #render}), so the two cannot
 * drift apart.
 *
 * @param baseImage the image in the base, which kustomize's {@code images} entry matches by name
 * @param patches JSON 6902 patches, one per target object
 * @param removals base objects this environment goes without
 */
record Overlay(
    EnvironmentPlan environment,
    ContainerImage baseImage,
    List<Patch> patches,
    List<Removal> removals) {

  /**
   * A JSON 6902 patch of one base object, written into the overlay's kustomization.
   *
   * @param operations {@code add}, {@code replace} or {@code remove} of object members
   */
  record Patch(String kind, String name, ArrayNode operations) {}

  /** A base object the overlay deletes, with a strategic-merge patch {@code $patch: delete}. */
  record Removal(String apiVersion, String kind, String name) {}

  Overlay {
    patches = List.copyOf(patches);
    removals = List.copyOf(removals);
  }

  static Overlay of(ServicePlan service, EnvironmentPlan environment, AlertCatalogue alerts) {
    ContainerImage base = service.image();
    ContainerImage image = environment.image();
    List<Patch> patches = new ArrayList<>();
    ArrayNode workloadOps = JsonNodeFactory.instance.arrayNode();
    if (!service.isJob()) {
      replicas(service, environment, patches, workloadOps);
    }
    container(service, environment, workloadOps);
    canary(service, environment, workloadOps);
    if (!image.version().equals(base.version())) {
      String template = service.workload().podTemplatePointer();
      for (String labels : List.of("/metadata/labels", template + "/metadata/labels")) {
        String path = labels + "/app.kubernetes.io~1version";
        workloadOps.add(
            image.version().isPresent()
                ? operation("add", path, TextNode.valueOf(image.version().get()))
                : operation("remove", path, null));
      }
    }
    if (!environment.production() && service.expose().isPresent()) {
      patches.add(
          service.expose().get().throughGateway()
              ? routeHost(service, environment)
              : ingressHost(service, environment));
    }
    boolean routed = service.canary().isPresent() && service.canary().get().trafficRouted();
    String routeNamespace = service.production().namespace();
    if (routed && !environment.namespace().equals(routeNamespace)) {
      // the Gateway API plugin looks the route up in the namespace its configuration names
      workloadOps.add(
          operation(
              "replace",
              "/spec/strategy/canary/trafficRouting/plugins/"
                  + RolloutManifest.GATEWAY_API_PLUGIN.replace("~", "~0").replace("/", "~1")
                  + "/namespace",
              TextNode.valueOf(environment.namespace())));
    }
    if (!workloadOps.isEmpty()) {
      patches.add(new Patch(service.workload().kind(), service.name(), workloadOps));
    }
    List<Removal> removals = new ArrayList<>();
    if (!environment.production() && !alerts.alerts().isEmpty()) {
      if (environment.alerting() == EnvironmentPlan.Alerting.NONE) {
        removals.add(
            new Removal(
                PrometheusRuleManifest.API_VERSION, PrometheusRuleManifest.KIND, service.name()));
      } else {
        patches.add(alertRouting(service, environment, alerts));
      }
    }
    return new Overlay(environment, base, patches, removals);
  }

  /**
   * The canary's steps where the environment's steps, pause or gate differ from the base's. A
   * rolling update has neither steps nor analysis: a canary strategy without steps is how Argo
   * Rollouts runs a Deployment's rolling update, bounded by its maxSurge and maxUnavailable.
   */
  private static void canary(
      ServicePlan service, EnvironmentPlan environment, ArrayNode workloadOps) {
    if (service.canary().isEmpty() || environment.canary().equals(service.canary())) {
      return;
    }
    String strategy = "/spec/strategy/canary";
    if (environment.canary().isEmpty()) {
      workloadOps.add(operation("remove", strategy + "/steps", null));
      workloadOps.add(operation("remove", strategy + "/analysis", null));
    } else {
      workloadOps.add(
          operation(
              "replace",
              strategy + "/steps",
              RolloutManifest.steps(environment.canary().orElseThrow())));
    }
  }

  /** The replica floor, and the autoscaler's ceiling, where the environment's differ. */
  private static void replicas(
      ServicePlan service,
      EnvironmentPlan environment,
      List<Patch> patches,
      ArrayNode workloadOps) {
    Replicas base = service.replicas();
    if (base.autoscaled()) {
      ArrayNode hpaOps = JsonNodeFactory.instance.arrayNode();
      if (environment.replicas() != base.min()) {
        hpaOps.add(
            operation("replace", "/spec/minReplicas", IntNode.valueOf(environment.replicas())));
      }
      if (environment.maxReplicas() != base.max()) {
        hpaOps.add(
            operation("replace", "/spec/maxReplicas", IntNode.valueOf(environment.maxReplicas())));
      }
      if (!hpaOps.isEmpty()) {
        patches.add(new Patch("HorizontalPodAutoscaler", service.name(), hpaOps));
      }
    } else if (environment.replicas() != base.min()) {
      workloadOps.add(
          operation("replace", "/spec/replicas", IntNode.valueOf(environment.replicas())));
    }
  }

  /**
   * The container's requests and limits, variables and JVM sizing where the environment's differ
   * from the base's: one operation per changed value, entries of {@code env} by index (the base's
   * variables, then {@code JAVA_TOOL_OPTIONS}, then the environment's new ones).
   */
  private static void container(
      ServicePlan service, EnvironmentPlan environment, ArrayNode workloadOps) {
    String container = service.workload().podTemplatePointer() + "/spec/containers/0";
    ResourcesPlan base = service.resources();
    ResourcesPlan resources = environment.resources();
    String path = container + "/resources";
    quantity(workloadOps, path + "/requests/cpu", Optional.of(base.cpu()), resources.cpu());
    quantity(
        workloadOps, path + "/requests/memory", Optional.of(base.memory()), resources.memory());
    if (resources.cpuLimit().isPresent()) {
      quantity(workloadOps, path + "/limits/cpu", base.cpuLimit(), resources.cpuLimit().get());
    }
    quantity(
        workloadOps,
        path + "/limits/memory",
        Optional.of(base.memoryLimit()),
        resources.memoryLimit());
    List<EnvVar> baseEnv = service.env();
    List<EnvVar> env = environment.env();
    String list = container + "/env";
    for (int i = 0; i < baseEnv.size(); i++) {
      if (!env.get(i).equals(baseEnv.get(i))) {
        workloadOps.add(operation("replace", list + "/" + i, PodTemplate.env(env.get(i))));
      }
    }
    int size = baseEnv.size();
    if (service.jvm().isPresent()) {
      String jvm = list + "/" + size;
      if (environment.jvm().isEmpty()) {
        // the environment sets JAVA_TOOL_OPTIONS itself, among its new variables
        workloadOps.add(operation("remove", jvm, null));
      } else {
        size++;
        String options = environment.jvm().get().javaToolOptions();
        if (!options.equals(service.jvm().get().javaToolOptions())) {
          workloadOps.add(operation("replace", jvm + "/value", TextNode.valueOf(options)));
        }
      }
    }
    for (int i = baseEnv.size(); i < env.size(); i++) {
      workloadOps.add(operation("add", list + "/" + size++, PodTemplate.env(env.get(i))));
    }
  }

  private static void quantity(
      ArrayNode ops, String path, Optional<Quantity> base, Quantity quantity) {
    if (base.isEmpty()) {
      ops.add(operation("add", path, TextNode.valueOf(quantity.text())));
    } else if (!base.get().text().equals(quantity.text())) {
      ops.add(operation("replace", path, TextNode.valueOf(quantity.text())));
    }
  }

  /**
   * Outside production every alert carries its environment, and none pages: a dev outage is a
   * ticket for working hours, not a call to the on-call engineer. A paging alert with a ticket of
   * the same name and labels beside it (the fast burn next to the slow one) is removed, since the
   * slow burn catches the same outage and the two would otherwise be one series; any other becomes
   * a ticket. An environment whose alerts page keeps their severities and only gets its label.
   * Operations run from the last rule to the first, so that a removal does not shift the rules
   * still to be patched.
   */
  private static Patch alertRouting(
      ServicePlan service, EnvironmentPlan environment, AlertCatalogue alerts) {
    ArrayNode ops = JsonNodeFactory.instance.arrayNode();
    TextNode name = TextNode.valueOf(environment.name());
    TextNode ticket = TextNode.valueOf(AlertSeverity.TICKET.label());
    List<Alert> rules = alerts.alerts();
    boolean tickets = environment.alerting() == EnvironmentPlan.Alerting.TICKET;
    for (int i = rules.size() - 1; i >= 0; i--) {
      Alert alert = rules.get(i);
      String rule = "/spec/groups/" + RuleGroups.alertGroup(alerts) + "/rules/" + i;
      if (!tickets) {
        ops.add(operation("replace", rule + "/labels/" + Environment.LABEL, name));
        continue;
      }
      if (alert.severity() == AlertSeverity.PAGE && hasTicketTwin(alert, rules)) {
        ops.add(operation("remove", rule, null));
        continue;
      }
      ops.add(operation("replace", rule + "/labels/" + Environment.LABEL, name));
      if (alert.severity() == AlertSeverity.PAGE) {
        ops.add(operation("replace", rule + "/labels/severity", ticket));
      }
    }
    return new Patch("PrometheusRule", service.name(), ops);
  }

  private static boolean hasTicketTwin(Alert page, List<Alert> alerts) {
    for (Alert alert : alerts) {
      if (alert.severity() == AlertSeverity.TICKET
          && alert.name().equals(page.name())
          && alert.labels().equals(page.labels())) {
        return true;
      }
    }
    return false;
  }

  /** The Ingress's host (and TLS host) of this environment. */
  private static Patch ingressHost(ServicePlan service, EnvironmentPlan environment) {
    TextNode host = TextNode.valueOf(environment.host().orElseThrow());
    ArrayNode ops = JsonNodeFactory.instance.arrayNode();
    ops.add(operation("replace", "/spec/rules/0/host", host));
    if (service.expose().orElseThrow().tlsSecret().isPresent()) {
      ops.add(operation("replace", "/spec/tls/0/hosts/0", host));
    }
    return new Patch("Ingress", service.name(), ops);
  }

  /** The HTTPRoute's host of this environment. */
  private static Patch routeHost(ServicePlan service, EnvironmentPlan environment) {
    ArrayNode ops = JsonNodeFactory.instance.arrayNode();
    ops.add(
        operation(
            "replace", "/spec/hostnames/0", TextNode.valueOf(environment.host().orElseThrow())));
    return new Patch(HttpRouteManifest.KIND, HttpRouteManifest.name(service), ops);
  }

  /**
   * The overlay's {@code kustomization.yaml}, next to the base. The patches are inline, so an
   * overlay is one file (javac's Filer pays for every file a compile writes).
   */
  ObjectNode kustomization() {
    ObjectNode kustomization = Kustomizations.empty();
    kustomization.put("namespace", environment.namespace());
    kustomization.putArray("resources").add(Layout.BASE_FROM_OVERLAY);
    // object metadata only: selectors are immutable, and the pods need no second copy
    ObjectNode labels = kustomization.putArray("labels").addObject();
    labels.putObject("pairs").put(Environment.LABEL, environment.name());
    ObjectNode images = kustomization.putArray("images").addObject();
    ImageReference reference = environment.image().reference();
    images.put("name", baseImage.reference().name());
    if (!reference.tag().isEmpty()) {
      images.put("newTag", reference.tag());
    }
    if (!reference.digest().isEmpty()) {
      images.put("digest", reference.digest());
    }
    if (!patches.isEmpty() || !removals.isEmpty()) {
      ArrayNode list = kustomization.putArray("patches");
      for (Patch patch : patches) {
        ObjectNode entry = list.addObject();
        ObjectNode target = entry.putObject("target");
        target.put("kind", patch.kind());
        target.put("name", patch.name());
        entry.put("patch", Serialization.embeddedYaml(patch.operations()));
      }
      for (Removal removal : removals) {
        ObjectNode delete = Serialization.object();
        delete.put("$patch", "delete");
        delete.put("apiVersion", removal.apiVersion());
        delete.put("kind", removal.kind());
        delete.putObject("metadata").put("name", removal.name());
        list.addObject().put("patch", Serialization.embeddedYaml(delete));
      }
    }
    return kustomization;
  }

  /** The base objects as {@code kubectl kustomize} renders this overlay: new, changed copies. */
  List<ObjectNode> render(List<ObjectNode> base) {
    List<ObjectNode> rendered = new ArrayList<>();
    for (ObjectNode original : base) {
      if (removes(original)) {
        continue;
      }
      ObjectNode object = original.deepCopy();
      for (Patch patch : patches) {
        if (patch.kind().equals(object.path("kind").asText())
            && patch.name().equals(object.path("metadata").path("name").asText())) {
          for (JsonNode operation : patch.operations()) {
            apply(object, (ObjectNode) operation);
          }
        }
      }
      ObjectNode metadata = Serialization.object();
      metadata.set("name", object.at("/metadata/name"));
      metadata.put("namespace", environment.namespace()); // next to the name, where a reader looks
      metadata.setAll(object.withObject("/metadata"));
      metadata.withObject("/labels").put(Environment.LABEL, environment.name());
      object.set("metadata", metadata);
      replaceImage(object.path("spec").path("template").path("spec"));
      replaceImage(object.at("/spec/jobTemplate/spec/template/spec"));
      replaceImage(object.path("spec"));
      rendered.add(object);
    }
    return rendered;
  }

  private boolean removes(ObjectNode object) {
    for (Removal removal : removals) {
      if (removal.kind().equals(object.path("kind").asText())
          && removal.name().equals(object.path("metadata").path("name").asText())) {
        return true;
      }
    }
    return false;
  }

  private void replaceImage(JsonNode podSpec) {
    for (String list : List.of("initContainers", "containers")) {
      for (JsonNode container : podSpec.path(list)) {
        String current = container.path("image").asText();
        Optional<ImageReference> reference = ImageReference.parse(current);
        if (reference.isPresent() && reference.get().name().equals(baseImage.reference().name())) {
          ((ObjectNode) container).put("image", environment.image().toString());
        }
      }
    }
  }

  private static ObjectNode operation(String op, String path, JsonNode value) {
    ObjectNode operation = Serialization.object();
    operation.put("op", op);
    operation.put("path", path);
    if (value != null) {
      operation.set("value", value);
    }
    return operation;
  }

  /** One JSON 6902 operation whose parent exists, as kustomize applies it. */
  private static void apply(ObjectNode object, ObjectNode operation) {
    JsonPointer pointer = JsonPointer.compile(operation.get("path").asText());
    JsonNode parent = object.at(pointer.head());
    String op = operation.get("op").asText();
    JsonNode value = operation.get("value");
    if (parent instanceof ArrayNode array) {
      int index = pointer.last().getMatchingIndex();
      switch (op) {
        case "remove" -> array.remove(index);
        case "add" -> array.insert(index, value);
        default -> array.set(index, value);
      }
    } else if (op.equals("remove")) {
      ((ObjectNode) parent).remove(pointer.last().getMatchingProperty());
    } else {
      ((ObjectNode) parent).set(pointer.last().getMatchingProperty(), value);
    }
  }
}
