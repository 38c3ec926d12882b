package dev.slipway.processor.emit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The one place YAML and JSON are written. Everything is built as Jackson trees, so values are
 * escaped by the library, never by hand. Output is deterministic: fields keep insertion order.
 */
public final class Serialization {

  // Writing goes straight from the tree to a streaming generator. An ObjectMapper would give the
  // same bytes but loads about 500 more classes (databind's serializer machinery) into every
  // compile; see docs/performance.md.
  private static final YAMLFactory YAML_FACTORY = yamlFactory(true);

  // Go's YAML reader misreads a block scalar whose first line is indented more than the rest
  private static final YAMLFactory EMBEDDED_YAML_FACTORY = yamlFactory(false);

  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  private static final DefaultPrettyPrinter JSON_PRETTY =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Serialization() {}

  private static YAMLFactory yamlFactory(boolean indentArrays) {
    return YAMLFactory.builder()
        .stringQuotingChecker(new YamlQuoting())
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .configure(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR, indentArrays)
        // a PromQL expression or a description stays on one line: readable and greppable
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        // a text of several lines, such as an overlay's inline patch, as a readable | block
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .build();
  }

  /** A new empty object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** One YAML document. */
  public static String yaml(JsonNode node) {
    return yaml(List.of(node), YAML_FACTORY);
  }

  /**
   * One YAML document to be embedded as a string in another, such as a kustomize patch: every line
   * starts at or right of the first, which no sequence indentation pushes right.
   */
  public static String embeddedYaml(JsonNode node) {
    return yaml(List.of(node), EMBEDDED_YAML_FACTORY);
  }

  /** A multi-document YAML stream, documents separated by {@code ---}. */
  public static String yamlStream(List<? extends JsonNode> documents) {
    return yaml(documents, YAML_FACTORY);
  }

  /** One generator for all documents: it starts every document after the first with ---. */
  private static String yaml(List<? extends JsonNode> documents, YAMLFactory factory) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      for (JsonNode document : documents) {
        write(document, generator);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Pretty JSON with two-space indentation and a final newline. */
  public static String json(JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON_FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(JSON_PRETTY.createInstance());
      write(node, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /** Writes {@code node} as Jackson's own serializers would, without going through databind. */
  private static void write(JsonNode node, JsonGenerator generator) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        generator.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          generator.writeFieldName(field.getKey());
          write(field.getValue(), generator);
        }
        generator.writeEndObject();
      }
      case ARRAY -> {
        generator.writeStartArray();
        for (JsonNode element : node) {
          write(element, generator);
        }
        generator.writeEndArray();
      }
      case STRING -> generator.writeString(node.textValue());
      case BOOLEAN -> generator.writeBoolean(node.booleanValue());
      case NULL -> generator.writeNull();
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> generator.writeNumber(node.intValue());
          case LONG -> generator.writeNumber(node.longValue());
          case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
          case FLOAT -> generator.writeNumber(node.floatValue());
          case DOUBLE -> generator.writeNumber(node.doubleValue());
          case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
        }
      }
      default ->
          throw new IllegalArgumentException(
              "cannot write a " + node.getNodeType() + " node as text");
    }
  }
}
