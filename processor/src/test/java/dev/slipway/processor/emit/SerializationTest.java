package dev.slipway.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.slipway.processor.Yaml;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Serialization writes trees through a streaming generator instead of an ObjectMapper (fewer
 * classes loaded per compile). The bytes must stay exactly what the ObjectMapper configured as
 * before wrote, for every kind of node and for strings YAML would otherwise misread.
 */
class SerializationTest {

  private static final ObjectMapper YAML_MAPPER =
      new ObjectMapper(
          YAMLFactory.builder()
              .stringQuotingChecker(new YamlQuoting())
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .build());

  private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

  private static ObjectNode everyKindOfNode() {
    ObjectNode root = Serialization.object();
    root.put("apiVersion", "apps/v1");
    ObjectNode metadata = root.putObject("metadata");
    metadata.put("name", "orders");
    metadata.putObject("labels").put("app.kubernetes.io/name", "orders").put("team", "commerce");
    metadata.putObject("annotations");
    ObjectNode strings = root.putObject("strings");
    for (String tricky :
        List.of(
            "",
            "yes",
            "no",
            "on",
            "null",
            "~",
            "true",
            "1",
            "1.0",
            "0x1F",
            "1e3",
            "08:30",
            "*",
            "&anchor",
            "- item",
            "a: b",
            "#comment",
            "'quoted'",
            "\"double\"",
            "multi\nline",
            "trailing ",
            " leading",
            "tab\there",
            "unicode é ✓",
            "{{ $labels.pod }}",
            "rate(http_server_requests_seconds_count{status=~\"5..\"}[5m]) > 0.01",
            "a long description that goes on well past eighty columns, so that a folding writer"
                + " would break it over several lines, which this one must not do")) {
      strings.put("k" + strings.size(), tricky);
    }
    ObjectNode numbers = root.putObject("numbers");
    numbers.put("int", 8080);
    numbers.put("negative", -3);
    numbers.put("long", 9_000_000_000L);
    numbers.put("double", 0.999);
    numbers.put("wholeDouble", 3.0);
    numbers.put("float", 2.5f);
    numbers.put("short", (short) 7);
    numbers.put("bigInteger", new BigInteger("123456789012345678901234567890"));
    numbers.put("bigDecimal", new BigDecimal("99.90"));
    root.put("enabled", true);
    root.put("disabled", false);
    root.putNull("nothing");
    root.putArray("emptyList");
    root.putArray("steps")
        .add(10)
        .add("pause")
        .addNull()
        .add(true)
        .add(JsonNodeFactory.instance.objectNode().put("setWeight", 25))
        .add(JsonNodeFactory.instance.arrayNode().add("nested"));
    return root;
  }

  @Test
  void yamlIsByteForByteWhatTheObjectMapperWrites() throws Exception {
    ObjectNode tree = everyKindOfNode();
    assertEquals(YAML_MAPPER.writeValueAsString(tree), Serialization.yaml(tree));
  }

  @Test
  void yamlStreamSeparatesDocuments() throws Exception {
    ObjectNode first = Serialization.object().put("kind", "Service");
    ObjectNode second = Serialization.object().put("kind", "Deployment");
    assertEquals(
        YAML_MAPPER.writeValueAsString(first) + "---\n" + YAML_MAPPER.writeValueAsString(second),
        Serialization.yamlStream(List.of(first, second)));
  }

  @Test
  void embeddedYamlStartsEveryLineAtTheFirstLinesColumnAndNestsAsABlock() {
    ArrayNode operations = JsonNodeFactory.instance.arrayNode();
    operations.addObject().put("op", "replace").put("path", "/spec/replicas").put("value", 1);
    String patch = Serialization.embeddedYaml(operations);
    assertEquals("- op: replace\n  path: /spec/replicas\n  value: 1\n", patch);

    ObjectNode kustomization = Serialization.object();
    kustomization.putArray("patches").addObject().put("patch", patch);
    assertEquals(
        "patches:\n  - patch: |\n      - op: replace\n        path: /spec/replicas\n        value: 1\n",
        Serialization.yaml(kustomization));
  }

  @Test
  void jsonIsByteForByteWhatTheObjectMapperWrites() throws Exception {
    ObjectNode tree = everyKindOfNode();
    String expected =
        JSON_MAPPER
                .writer(
                    new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")))
                .writeValueAsString(tree)
            + "\n";
    assertEquals(expected, Serialization.json(tree));
  }

  @Test
  void yamlReadsBackWhatItWrote() {
    ObjectNode metadata = (ObjectNode) everyKindOfNode().get("metadata");
    assertEquals(metadata, Yaml.read(Serialization.yaml(metadata)));
  }

  @Test
  void nodesWithoutATextFormAreRefused() {
    ObjectNode tree = Serialization.object();
    tree.putPOJO("opaque", new Object());
    assertThrows(IllegalArgumentException.class, () -> Serialization.yaml(tree));
  }
}
