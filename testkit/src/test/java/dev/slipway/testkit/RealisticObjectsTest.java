package dev.slipway.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Objects shaped like the ones Slipway generates pass the strict schemas: no false alarms. */
class RealisticObjectsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Stream<String> samples() {
    return Stream.of(
        "namespace.yaml",
        "serviceaccount.yaml",
        "configmap.yaml",
        "service.yaml",
        "deployment.yaml",
        "horizontalpodautoscaler.yaml",
        "poddisruptionbudget.yaml",
        "networkpolicy.yaml",
        "ingress.yaml",
        "httproute.yaml",
        "clusterrole.yaml",
        "clusterrolebinding.yaml",
        "rollout.yaml",
        "rollout-bluegreen.yaml",
        "analysistemplate.yaml",
        "servicemonitor.yaml",
        "prometheusrule.yaml",
        "job.yaml",
        "cronjob.yaml",
        "podmonitor.yaml");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aRealisticObjectIsValid(String sample) {
    assertEquals(List.of(), KubernetesSchemas.problems(read(sample)));
  }

  @Test
  void theSamplesCoverEveryKindWithASchema() {
    Set<String> covered = new TreeSet<>();
    samples()
        .map(RealisticObjectsTest::read)
        .forEach(
            object ->
                covered.add(object.get("apiVersion").asText() + " " + object.get("kind").asText()));

    assertEquals(KubernetesSchemas.kinds(), covered);
  }

  private static JsonNode read(String sample) {
    try (InputStream in = RealisticObjectsTest.class.getResourceAsStream("valid/" + sample)) {
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
