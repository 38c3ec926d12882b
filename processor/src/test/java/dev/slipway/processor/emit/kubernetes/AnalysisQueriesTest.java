package dev.slipway.processor.emit.kubernetes;

import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * What the generated analysis queries return, evaluated by Prometheus itself ({@code promtool test
 * rules}) over series as a 30s scrape of the runtime's metrics would give: the canary's own pods
 * only, users' requests only, 0 for a canary without a single error, no data at all (not 0, not a
 * failure) for a canary without traffic, and a latency gate that is exact at its bound.
 */
class AnalysisQueriesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final Output CANARY =
      compile(
          service(
              "ShopService",
              """
              @Service(name = "shop", image = "registry.example.com/acme/shop:1.2.3", team = "retail")
              @HealthCheck(liveness = "/actuator/health/liveness", readiness = "/actuator/health/readiness")
              @Metrics(path = "/actuator/prometheus")
              @Canary
              """));

  private static final String CANARY_PODS =
      "namespace=\"prod\",rollouts_pod_template_hash=\"canary1\"";
  private static final String STABLE_PODS =
      "namespace=\"prod\",rollouts_pod_template_hash=\"stable1\"";

  /** The same pod template in another environment of the same cluster. */
  private static final String STAGING_TWIN =
      "namespace=\"staging\",rollouts_pod_template_hash=\"canary1\"";

  @Test
  void errorRatioCountsOnlyTheCanarysOwnServerErrors(@TempDir Path dir) throws IOException {
    ObjectNode test =
        test(
            series(
                "http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"200\"}",
                "0+57x10"),
            series(
                "http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"503\"}", "0+3x10"),
            series(
                "http_server_requests_seconds_count{" + STABLE_PODS + ",status=\"500\"}",
                "0+30x10"),
            series(
                "http_server_requests_seconds_count{" + STAGING_TWIN + ",status=\"500\"}",
                "0+30x10"));
    expect(test, query(Analysis.ERROR_RATE), "0.05");
    run(dir, test);
  }

  @Test
  void aCanaryWithoutErrorsHasARatioOfZeroNotNoData(@TempDir Path dir) throws IOException {
    ObjectNode test =
        test(
            series(
                "http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"200\"}",
                "0+60x10"));
    expect(test, query(Analysis.ERROR_RATE), "0");
    run(dir, test);
  }

  @Test
  void aCanaryWithoutTrafficHasNoData(@TempDir Path dir) throws IOException {
    ObjectNode test =
        test(
            series(
                "http_server_requests_seconds_count{" + STABLE_PODS + ",status=\"200\"}",
                "0+60x10"),
            series(
                "http_server_requests_seconds_bucket{" + STABLE_PODS + ",le=\"+Inf\"}", "0+60x10"));
    expect(test, query(Analysis.ERROR_RATE), null);
    expect(test, query(Analysis.SLOW_REQUESTS), null);
    run(dir, test);
  }

  @Test
  void aCanaryWhoseRequestsStoppedGivesNaN(@TempDir Path dir) throws IOException {
    ObjectNode test =
        test(
            series(
                "http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"200\"}", "5x10"),
            series("http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"0.5\"}", "5x10"),
            series("http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"+Inf\"}", "5x10"));
    // NaN is the only value unequal to itself: one such sample from each query
    for (String metric : List.of(Analysis.ERROR_RATE, Analysis.SLOW_REQUESTS)) {
      String nan = "(" + query(metric) + ")";
      expect(test, "count(" + nan + " != " + nan + ")", "1");
    }
    run(dir, test);
  }

  @Test
  void aCanaryThatIsNotReadyYetFailsOnlyItsProbesNotItsUsers(@TempDir Path dir) throws IOException {
    // a Spring Boot canary: 57 user requests a scrape, all fine, and its readiness probe answering
    // 503 under Actuator's template while the pod warms up
    ObjectNode test =
        test(
            series(
                "http_server_requests_seconds_count{"
                    + CANARY_PODS
                    + ",uri=\"/orders\",status=\"200\"}",
                "0+57x10"),
            series(
                "http_server_requests_seconds_count{"
                    + CANARY_PODS
                    + ",uri=\"/actuator/health/**\",status=\"503\"}",
                "0+3x10"),
            series(
                "http_server_requests_seconds_count{"
                    + CANARY_PODS
                    + ",uri=\"/actuator/prometheus\",status=\"500\"}",
                "0+1x10"));
    expect(test, query(Analysis.ERROR_RATE), "0");
    run(dir, test);
  }

  @Test
  void aCanaryWhoseSlowRequestsAreBeyondTheLargestBucketFailsTheGate(@TempDir Path dir)
      throws IOException {
    // 20 % of the requests take a second, beyond the last finite bucket the SLO needs (500ms):
    // histogram_quantile(0.99, ...) would read exactly 0.5 and pass a bound of 500ms
    ObjectNode test =
        test(
            series(
                "http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"0.3\"}", "0+48x10"),
            series(
                "http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"0.5\"}", "0+48x10"),
            series(
                "http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"+Inf\"}", "0+60x10"),
            series(
                "http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"200\"}",
                "0+60x10"));
    expect(test, "round(1000 * (" + query(Analysis.SLOW_REQUESTS) + "))", "200");
    run(dir, test);
    assertFails(Analysis.SLOW_REQUESTS, 0.2);
  }

  @Test
  void aCanaryWithOnePercentSlowRequestsPassesAndOneMoreFails(@TempDir Path dir)
      throws IOException {
    // exactly at the bound, in Java's spelling of whole seconds and not: 99 of 100 under 500ms
    ObjectNode test =
        test(
            series(
                "http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"0.5\"}", "0+99x10"),
            series(
                "http_server_requests_seconds_bucket{" + CANARY_PODS + ",le=\"+Inf\"}", "0+100x10"),
            series(
                "http_server_requests_seconds_count{" + CANARY_PODS + ",status=\"200\"}",
                "0+100x10"));
    expect(test, "round(1000 * (" + query(Analysis.SLOW_REQUESTS) + "))", "10");
    run(dir, test);
    assertPasses(Analysis.SLOW_REQUESTS, 0.01);
    assertFails(Analysis.SLOW_REQUESTS, 0.011);
  }

  /** The metric's condition, as Argo evaluates it on one measurement {@code value}. */
  private static void assertPasses(String metric, double value) {
    assertTrue(conditionHolds(metric, "successCondition", value), metric + " at " + value);
    assertFalse(conditionHolds(metric, "failureCondition", value), metric + " at " + value);
  }

  private static void assertFails(String metric, double value) {
    assertFalse(conditionHolds(metric, "successCondition", value), metric + " at " + value);
    assertTrue(conditionHolds(metric, "failureCondition", value), metric + " at " + value);
  }

  /**
   * {@code len(result) > 0 && !isNaN(result[0]) && result[0] <= bound}, for a one-sample result:
   * the condition's bound read back and compared as Argo's expression language would.
   */
  private static boolean conditionHolds(String metric, String condition, double value) {
    String expression = metricNode(metric).get(condition).asText();
    java.util.regex.Matcher bound =
        java.util.regex.Pattern.compile("result\\[0\\] (<=|>) ([0-9.]+)$").matcher(expression);
    assertTrue(bound.find(), expression);
    double limit = Double.parseDouble(bound.group(2));
    return bound.group(1).equals("<=") ? value <= limit : value > limit;
  }

  /** The metric's query with the arguments Argo would pass for the canary in prod. */
  private static String query(String metric) {
    return metricNode(metric)
        .at("/provider/prometheus/query")
        .asText()
        .replace("{{args.namespace}}", "prod")
        .replace("{{args.pod-template-hash}}", "canary1");
  }

  private static JsonNode metricNode(String metric) {
    for (JsonNode m :
        CANARY.object("shop/base/manifests.yaml", "AnalysisTemplate").at("/spec/metrics")) {
      if (m.get("name").asText().equals(metric)) {
        return m;
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
