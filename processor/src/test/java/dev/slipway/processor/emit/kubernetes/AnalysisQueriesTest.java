package dev.slipway.processor.emit.kubernetes;

import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slipway.processor.SlipwayCompiler.Output;
import dev.slipway.testkit.Promtool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the generated analysis queries return, evaluated by Prometheus itself
 * ({@code promtool test rules}) over series as a 30s scrape of the runtime's metrics would give:
 * the canary's own pods only, 0 for a canary without a single error, and no data at all (not 0,
 * not a failure) for a canary without traffic.
 */
class AnalysisQueriesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final Output CANARY =
      compile(
          service(
              "ShopService",
              """
              @Service(name = "shop", image = "registry.example.com/acme/shop:1.2.3", team = "retail")
              @HealthCheck
              @Canary
              """));

  private static final String CANARY_PODS = "namespace=\"prod\",rollouts_pod_template_hash=\"canary1\"";
  private static final String STABLE_PODS = "namespace=\"prod\",rollouts_pod_template_hash=\"stable1\"";
  /** The same pod template in another environment of the same cluster. */
  private static final String STAGING_TWIN = "namespace=\"staging\",rollouts_pod_template_hash=\"canary1\"";

  @Test
  void errorRatioCountsOnlyTheCanarysOwnServerErrors(@TempDir Path dir) throws IOException {
    ObjectNode test = test(
        series("http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"200\"}", "0+57x10"),
        series("http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"503\"}", "0+3x10"),
        series("http_server_requests_seconds_count{" + STABLE_PODS + ",status=\"500\"}", "0+30x10"),
        series("http_server_requests_seconds_count{" + STAGING_TWIN + ",status=\"500\"}", "0+30x10"));
    expect(test, query(Analysis.ERROR_RATE), "0.05");
    run(dir, test);
  }

  @Test
  void aCanaryWithoutErrorsHasARatioOfZeroNotNoData(@TempDir Path dir) throws IOException {
    ObjectNode test = test(
        series("http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"200\"}", "0+60x10"));
    expect(test, query(Analysis.ERROR_RATE), "0");
    run(dir, test);
  }

  @Test
  void aCanaryWithoutTrafficHasNoData(@TempDir Path dir) throws IOException {
    ObjectNode test = test(
        series("http_server_requests_seconds_count{" + STABLE_PODS + ",status=\"200\"}", "0+60x10"),
        series("http_server_requests_seconds_bucket{" + STABLE_PODS + ",le=\"+Inf\"}", "0+60x10"));
    expect(test, query(Analysis.ERROR_RATE), null);
    expect(test, query(Analysis.LATENCY_P99), null);
    run(dir, test);
  }

  @Test
  void aCanaryWhoseRequestsStoppedGivesNaN(@TempDir Path dir) throws IOException {
    ObjectNode test = test(
        series("http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"200\"}", "5x10"),
        series("http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"+Inf\"}", "5x10"));
    // NaN is the only value unequal to itself: one such sample from each query
    for (String metric : List.of(Analysis.ERROR_RATE, Analysis.LATENCY_P99)) {
      String nan = "(" + query(metric) + ")";
      expect(test, "count(" + nan + " != " + nan + ")", "1");
    }
    run(dir, test);
  }

  @Test
  void p99IsInterpolatedWithinTheCanarysBuckets(@TempDir Path dir) throws IOException {
    // 60 requests per scrape: 50 under 100ms, 8 more under 250ms, the last 2 under 500ms
    ObjectNode test = test(
        series("http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"0.1\"}", "0+50x10"),
        series("http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"0.25\"}", "0+58x10"),
        series("http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"0.5\"}", "0+60x10"),
        series("http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"+Inf\"}", "0+60x10"),
        series("http_server_requests_seconds_bucket{" + STABLE_PODS + ",le=\"+Inf\"}", "0+60x10"));
    // in whole milliseconds: the interpolation is not exact in binary floating point
    expect(test, "round(1000 * " + query(Analysis.LATENCY_P99) + ")", "425");
    run(dir, test);
  }

  /** The metric's query with the arguments Argo would pass for the canary in prod. */
  private static String query(String metric) {
    for (JsonNode m : CANARY.object("shop/base/manifests.yaml", "AnalysisTemplate").at("/spec/metrics")) {
      if (m.get("name").asText().equals(metric)) {
        return m.at("/provider/prometheus/query").asText()
            .replace("{{args.namespace}}", "prod")
            .replace("{{args.pod-template-hash}}", "canary1");
      }
    }
    throw new AssertionError("no metric " + metric);
  }

  private static ObjectNode series(String selector, String values) {
    ObjectNode series = YAML.createObjectNode();
    series.put("series", selector);
    series.put("values", values);
    return series;
  }

  private static ObjectNode test(ObjectNode... series) {
    ObjectNode test = YAML.createObjectNode();
    test.put("interval", "30s");
    ArrayNode input = test.putArray("input_series");
    List.of(series).forEach(input::add);
    test.putArray("promql_expr_test");
    return test;
  }

  /** At 4m the query gives one sample without labels of {@code value}, or nothing when null. */
  private static void expect(ObjectNode test, String expression, String value) {
    ObjectNode check = ((ArrayNode) test.get("promql_expr_test")).addObject();
    check.put("expr", expression);
    check.put("eval_time", "4m");
    ArrayNode samples = check.putArray("exp_samples");
    if (value != null) {
      samples.addObject().put("labels", "{}").put("value", Double.parseDouble(value));
    }
  }

  private static void run(Path dir, ObjectNode test) throws IOException {
    ObjectNode file = YAML.createObjectNode();
    file.putArray("rule_files");
    file.putArray("tests").add(test);
    Path path = dir.resolve("analysis.test.yaml");
    YAML.writeValue(path.toFile(), file);
    Promtool.testRules(path).assertSuccess();
  }
}
