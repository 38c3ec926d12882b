package dev.slipway.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates Kubernetes objects against the official schema of their apiVersion and kind, strictly
 * like {@code kubeconform -strict}: a field the schema does not define is an error.
 *
 * <p>The schemas are the Kubernetes OpenAPI definitions and the Argo Rollouts and Prometheus
 * Operator CRD schemas, as shipped by the pinned npm packages in {@code testkit/package-lock.json}
 * and extracted into {@code kubernetes-schemas.json} at build time. On loading they are made
 * strict: every object schema that lists at least one property and says nothing about {@code
 * additionalProperties} gets {@code additionalProperties: false} (an empty {@code properties} is
 * how the packages write a CRD's {@code x-kubernetes-preserve-unknown-fields} object, which stays
 * free-form); and {@code null} is not accepted where the definitions allow it ({@code nullable},
 * {@code oneOf [X, null]}): a generated manifest should leave a field out, not write null. They are
 * loaded once, on first use.
 */
public final class KubernetesSchemas {

  private static final String RESOURCE = "kubernetes-schemas.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private KubernetesSchemas() {}

  /** Loaded on first use by the class loader's lazy, thread-safe class initialisation. */
  private static final class Catalog {
    static final Map<String, JsonSchema> SCHEMAS_BY_KIND = load();
  }

  /** The kinds that have a schema, as {@code "<apiVersion> <kind>"}, sorted. */
  public static Set<String> kinds() {
    return new TreeSet<>(Catalog.SCHEMAS_BY_KIND.keySet());
  }

  /**
   * Everything wrong with {@code object}, each naming its JSON path ({@code $.spec.replica: ...});
   * empty when the object is valid. An object of a kind without a schema is a problem, not a pass.
   */
  public static List<String> problems(JsonNode object) {
    if (object == null || !object.isObject()) {
      return List.of(
          "$: expected a Kubernetes object, got "
              + (object == null ? "nothing" : object.getNodeType()));
    }
    String apiVersion = object.path("apiVersion").asText("");
    String kind = object.path("kind").asText("");
    if (apiVersion.isEmpty() || kind.isEmpty()) {
      return List.of("$: a Kubernetes object needs apiVersion and kind");
    }
    JsonSchema schema = Catalog.SCHEMAS_BY_KIND.get(apiVersion + " " + kind);
    if (schema == null) {
      return List.of("no schema for " + apiVersion + " " + kind + " (known: " + kinds() + ")");
    }
    Set<String> problems = new TreeSet<>();
    for (ValidationMessage message : schema.validate(object)) {
      problems.add(message.getMessage());
    }
    return List.copyOf(problems);
  }

  /** Fails, listing every problem, unless {@code object} is valid. */
  public static void assertValid(JsonNode object) {
    List<String> problems = problems(object);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          describe(object) + " is invalid:\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * Validates every document of a multi-document YAML stream (as {@code kubectl kustomize} prints).
   * Fails listing all problems of all documents, and fails on a stream with no object.
   */
  public static void assertValidStream(String yamlStream) {
    List<String> failures = new ArrayList<>();
    int documents = 0;
    try (MappingIterator<JsonNode> iterator =
        YAML.readerFor(JsonNode.class).readValues(yamlStream)) {
      while (iterator.hasNext()) {
        JsonNode document = iterator.next();
        if (document == null || document.isNull() || document.isMissingNode()) {
          continue; // an empty document between two '---' is not an object
        }
        documents++;
        for (String problem : problems(document)) {
          failures.add("document " + documents + " (" + describe(document) + "): " + problem);
        }
      }
    } catch (IOException e) {
      throw new AssertionError("not a YAML stream: " + e.getMessage(), e);
    }
    if (documents == 0) {
      throw new AssertionError("the YAML stream has no Kubernetes object");
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(
          failures.size() + " problem(s) in the YAML stream:\n  " + String.join("\n  ", failures));
    }
  }

  private static String describe(JsonNode object) {
    return object.path("apiVersion").asText("?")
        + " "
        + object.path("kind").asText("?")
        + " "
        + object.path("metadata").path("name").asText("<unnamed>");
  }

  private static Map<String, JsonSchema> load() {
    JsonNode extracted;
    try (InputStream in = KubernetesSchemas.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE
                + " is missing from the class path: the testkit build"
                + " extracts it with node from the npm packages (run the testkit module's generate-resources)");
      }
      extracted = JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
    ObjectNode definitions = JsonNodeFactory.instance.objectNode();
    extracted
        .path("definitions")
        .fields()
        .forEachRemaining(entry -> definitions.set(entry.getKey(), strict(entry.getValue())));

    JsonMetaSchema draft7WithKubernetesFormats =
        JsonMetaSchema.builder(JsonMetaSchema.getV7()).formats(KubernetesFormats.all()).build();
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V7, builder -> builder.metaSchema(draft7WithKubernetesFormats));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_PATH)
            .formatAssertionsEnabled(true)
            .build();
    Map<String, JsonSchema> schemas = new HashMap<>();
    extracted
        .path("kinds")
        .fields()
        .forEachRemaining(
            entry -> {
              ObjectNode root = JsonNodeFactory.instance.objectNode();
              root.put("$ref", "#/definitions/" + entry.getValue().asText());
              root.set("definitions", definitions);
              JsonSchema schema = factory.getSchema(root, config);
              schema.initializeValidators(); // resolve all references now, not during the first
              // validation
              schemas.put(entry.getKey(), schema);
            });
    return Map.copyOf(schemas);
  }

  /**
   * The strict form of one schema (see the class comment), with the packages' references ({@code
   * "io.k8s.api.core.v1.Container#"}) rewritten to point into the bundle's definitions.
   */
  static JsonNode strict(JsonNode schema) {
    if (!schema.isObject()) {
      return schema;
    }
    JsonNode nonNull = withoutNullAlternative(schema);
    if (nonNull != schema) {
      return strict(nonNull);
    }
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String keyword = entry.getKey();
      JsonNode value = entry.getValue();
      switch (keyword) {
        case "nullable" -> {}
        case "$ref" -> result.put("$ref", "#/definitions/" + value.asText().replaceFirst("#$", ""));
        case "properties" -> {
          ObjectNode properties = result.putObject("properties");
          value
              .fields()
              .forEachRemaining(
                  property -> properties.set(property.getKey(), strict(property.getValue())));
        }
        case "items", "additionalProperties", "not" -> result.set(keyword, strict(value));
        case "oneOf", "anyOf", "allOf" -> {
          ArrayNode alternatives = result.putArray(keyword);
          value.forEach(alternative -> alternatives.add(strict(alternative)));
        }
        default -> result.set(keyword, value);
      }
    }
    if (!result.path("properties").isEmpty() && !result.has("additionalProperties")) {
      result.put("additionalProperties", false);
    }
    return result;
  }

  /** {@code {"oneOf": [X, {"type": "null"}]}} becomes X; anything else is returned as it is. */
  private static JsonNode withoutNullAlternative(JsonNode schema) {
    JsonNode oneOf = schema.get("oneOf");
    if (schema.size() != 1 || oneOf == null || oneOf.size() != 2) {
      return schema;
    }
    for (int i = 0; i < 2; i++) {
      JsonNode alternative = oneOf.get(i);
      if (alternative.size() == 1 && "null".equals(alternative.path("type").asText())) {
        return oneOf.get(1 - i);
      }
    }
    return schema;
  }
}
