package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.values.ImageReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one environment changes in a service's base: the namespace, an {@code environment} label,
 * the image tag and the replica floor. The same value is written as a kustomize overlay
 * ({@link #kustomization()} and the {@link #patches()}) and applied in Java for the rendered
 * streams ({@link #render}), so the two cannot drift apart.
 *
 * @param baseImage the image in the base, which kustomize's {@code images} entry matches by name
 * @param image the image this environment runs
 * @param patches JSON 6902 patches, one per target object
 */
public record Overlay(
    Environment environment,
    String namespace,
    ContainerImage baseImage,
    ContainerImage image,
    List<Patch> patches) {

  /** The label that says which environment an object belongs to. */
  public static final String ENVIRONMENT_LABEL = "environment";

  /**
   * A JSON 6902 patch of one base object, written into the overlay's kustomization.
   *
   * @param operations {@code add}, {@code replace} or {@code remove} of object members
   */
  public record Patch(String kind, String name, ArrayNode operations) {}

  public Overlay {
    patches = List.copyOf(patches);
  }

  public static Overlay of(ServiceModel service, Environment environment, Compilation compilation) {
    ContainerImage base = ContainerImage.of(service, compilation.options());
    ContainerImage image =
        compilation.options().tagFor(environment.name()).map(base::withTag).orElse(base);
    List<Patch> patches = new ArrayList<>();
    ArrayNode workloadOps = JsonNodeFactory.instance.arrayNode();
    int annotated = Workload.minReplicas(service);
    int replicas = environment.tier().replicas(annotated);
    if (replicas != annotated) {
      if (Workload.autoscaled(service)) {
        ArrayNode hpaOps = JsonNodeFactory.instance.arrayNode();
        hpaOps.add(operation("replace", "/spec/minReplicas", IntNode.valueOf(replicas)));
        patches.add(new Patch("HorizontalPodAutoscaler", service.serviceName(), hpaOps));
      } else {
        workloadOps.add(operation("replace", "/spec/replicas", IntNode.valueOf(replicas)));
      }
    }
    if (!image.version().equals(base.version())) {
      for (String labels : List.of("/metadata/labels", "/spec/template/metadata/labels")) {
        String path = labels + "/app.kubernetes.io~1version";
        workloadOps.add(
            image.version()
                .map(v -> operation("add", path, TextNode.valueOf(v)))
                .orElseGet(() -> operation("remove", path, null)));
      }
    }
    service
        .expose()
        .filter(e -> environment.tier() != Environment.Tier.PRODUCTION)
        .ifPresent(e -> patches.add(ingressHost(service, environment, e.host().value())));
    if (!workloadOps.isEmpty()) {
      patches.add(new Patch(Workload.kind(service), service.serviceName(), workloadOps));
    }
    return new Overlay(
        environment,
        compilation.options().namespaceFor(service, environment.name()),
        base,
        image,
        patches);
  }

  /**
   * Outside production the Ingress answers on {@code <first label>-<env>.<rest of the host>},
   * such as {@code orders-dev.acme.example}: the production host stays unique across a shared
   * ingress controller, and a wildcard certificate for the domain still covers it.
   */
  private static Patch ingressHost(ServiceModel service, Environment environment, String host) {
    int dot = host.indexOf('.');
    String envHost =
        dot < 0
            ? host + "-" + environment.name()
            : host.substring(0, dot) + "-" + environment.name() + host.substring(dot);
    ArrayNode ops = JsonNodeFactory.instance.arrayNode();
    ops.add(operation("replace", "/spec/rules/0/host", TextNode.valueOf(envHost)));
    if (!service.expose().orElseThrow().tlsSecret().value().isEmpty()) {
      ops.add(operation("replace", "/spec/tls/0/hosts/0", TextNode.valueOf(envHost)));
    }
    return new Patch("Ingress", service.serviceName(), ops);
  }

  /**
   * The overlay's {@code kustomization.yaml}, next to the base in {@code ../../base}. The patches
   * are inline, so an overlay is one file (javac's Filer pays for every file a compile writes).
   */
  public ObjectNode kustomization() {
    ObjectNode kustomization = Serialization.object();
    kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    kustomization.put("kind", "Kustomization");
    kustomization.put("namespace", namespace);
    kustomization.putArray("resources").add("../../base");
    // object metadata only: selectors are immutable, and the pods need no second copy
    ObjectNode labels = kustomization.putArray("labels").addObject();
    labels.putObject("pairs").put(ENVIRONMENT_LABEL, environment.name());
    ObjectNode images = kustomization.putArray("images").addObject();
    ImageReference reference = image.reference();
    images.put("name", baseImage.reference().name());
    if (!reference.tag().isEmpty()) {
      images.put("newTag", reference.tag());
    }
    if (!reference.digest().isEmpty()) {
      images.put("digest", reference.digest());
    }
    if (!patches.isEmpty()) {
      ArrayNode list = kustomization.putArray("patches");
      for (Patch patch : patches) {
        ObjectNode entry = list.addObject();
        ObjectNode target = entry.putObject("target");
        target.put("kind", patch.kind());
        target.put("name", patch.name());
        entry.put("patch", Serialization.embeddedYaml(patch.operations()));
      }
    }
    return kustomization;
  }

  /** The base objects as {@code kubectl kustomize} renders this overlay: new, changed copies. */
  public List<ObjectNode> render(List<Manifest> base) {
    List<ObjectNode> rendered = new ArrayList<>();
    for (Manifest manifest : base) {
      ObjectNode object = manifest.object().deepCopy();
      for (Patch patch : patches) {
        if (patch.kind().equals(object.path("kind").asText())
            && patch.name().equals(object.path("metadata").path("name").asText())) {
          patch.operations().forEach(op -> apply(object, (ObjectNode) op));
        }
      }
      ObjectNode metadata = Serialization.object();
      metadata.set("name", object.at("/metadata/name"));
      metadata.put("namespace", namespace); // next to the name, where a reader looks for it
      metadata.setAll(object.withObject("/metadata"));
      metadata.withObject("/labels").put(ENVIRONMENT_LABEL, environment.name());
      object.set("metadata", metadata);
      replaceImage(object.path("spec").path("template").path("spec"));
      replaceImage(object.path("spec"));
      rendered.add(object);
    }
    return rendered;
  }

  private void replaceImage(JsonNode podSpec) {
    for (String list : List.of("initContainers", "containers")) {
      for (JsonNode container : podSpec.path(list)) {
        String current = container.path("image").asText();
        boolean matches =
            ImageReference.parse(current)
                .map(r -> r.name().equals(baseImage.reference().name()))
                .orElse(false);
        if (matches) {
          ((ObjectNode) container).put("image", image.toString());
        }
      }
    }
  }

  private static ObjectNode operation(String op, String path, JsonNode value) {
    ObjectNode operation = Serialization.object();
    operation.put("op", op);
    operation.put("path", path);
    Optional.ofNullable(value).ifPresent(v -> operation.set("value", v));
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
