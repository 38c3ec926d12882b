package dev.slipway.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.Yaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A string value stays a string in the cluster: every scalar that Go's YAML resolvers (used by
 * kubectl, kustomize and Prometheus) or a YAML 1.1 reader would turn into a number, boolean, null
 * or timestamp is quoted.
 */
class YamlQuotingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x1F",
        "0X1f",
        "0o17",
        "0b101",
        "0777",
        "1_000",
        "1e3",
        "1E-3",
        "+12",
        "-0.5",
        ".5",
        "1:30",
        "190:20:30.15",
        ".inf",
        "-.Inf",
        ".NaN",
        "yes",
        "No",
        "ON",
        "off",
        "y",
        "N",
        "~",
        "null",
        "NULL",
        "true",
        "False",
        "=",
        "<<",
        "8080",
        "2024-01-15",
        "2024-1-5",
        "2024-01-15T10:00:00Z",
        "2024-01-15t10:00:00",
        "2024-01-15 10:00:00",
        "2024-1-5\t1:2:3",
        "1e1_0",
        "0B11",
        "0O17",
        "-0x_1F",
        "1_.5",
        "08",
        "99999999999999999999"
      })
  void scalarsAGoReaderWouldRetypeAreQuoted(String value) {
    ObjectNode env = Serialization.object().put("value", value);
    String yaml = Serialization.yaml(env);
    assertTrue(yaml.startsWith("value: \"") || yaml.startsWith("value: '"), yaml);
    JsonNode back = Yaml.read(yaml).get("value");
    assertTrue(back.isTextual(), yaml);
    assertEquals(value, back.asText());
  }

  @org.junit.jupiter.api.Test
  void longHostileScalarsAreQuotedWithoutOverflowingTheStack() {
    String sexagesimal = "1" + ":1".repeat(30000);
    assertTrue(YamlQuoting.resolvesToNonString(sexagesimal));
    assertTrue(YamlQuoting.resolvesToNonString("1" + "_0".repeat(30000)));
    assertTrue(YamlQuoting.resolvesToNonString("2024-01-15T10:00:00." + "0".repeat(30000) + "Z"));
    assertEquals(false, YamlQuoting.resolvesToNonString("5" + " errors per second".repeat(30)));
    assertEquals(
        sexagesimal,
        Yaml.read(Serialization.yaml(Serialization.object().put("v", sexagesimal)))
            .get("v")
            .asText());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "orders",
        "1.4.2",
        "v1",
        "info",
        "ghcr.io/acme/orders:1.4.2",
        "500ms",
        "0.0.1-rc1",
        "x1F",
        "1.4.2e5",
        "2024-01",
        "v2024-01-15",
        "2024-01-15a",
        "20240115-1",
        "1.5.0-2024-01-15"
      })
  void ordinaryStringsStayPlain(String value) {
    assertEquals(
        "value: " + value + "\n", Serialization.yaml(Serialization.object().put("value", value)));
  }
}
