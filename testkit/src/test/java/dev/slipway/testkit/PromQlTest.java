package dev.slipway.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromQlTest {

  @Test
  void grafanaVariablesAreReplacedByTheDocumentedValues() {
    assertEquals(
        "sum(rate(http_server_requests_seconds_count{namespace=\"namespace\",job=~\"orders\"}[1m]))"
            + " / sum(increase(x[1h])) * 3600",
        PromQl.substituteGrafanaVariables(
            "sum(rate(http_server_requests_seconds_count{namespace=\"$namespace\",job=~\"${job:regex}\"}[$__rate_interval]))"
                + " / sum(increase(x[$__range])) * $__range_s",
            Map.of("job", "orders")));
  }

  @Test
  void captureGroupReferencesAreNotVariables() {
    String expression =
        "label_replace(up, \"host\", \"$1\", \"instance\", \"(.*):.*\") or label_replace(up, \"h\", \"${1}\", \"instance\", \"(.*)\")";

    assertEquals(expression, PromQl.substituteGrafanaVariables(expression, Map.of()));
  }

  @Test
  void dashboardQueriesWithVariablesParse() {
    PromQl.checkExpressions(
            Map.of(
                "traffic",
                    "sum by (status) (rate(http_server_requests_seconds_count{namespace=\"$namespace\",service=\"$service\"}[$__rate_interval]))",
                "p99 latency",
                    "histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket{service=~\"[[service]]\"}[$__rate_interval])))",
                "error budget",
                    "1 - (sum(increase(http_server_requests_seconds_count{status=~\"5..\"}[$__range])) / sum(increase(http_server_requests_seconds_count[$__range])))"))
        .assertSuccess();
  }

  @Test
  void anExpressionThatDoesNotParseFailsAndIsNamed() {
    Promtool.Result result =
        PromQl.checkExpressions(
            Map.of(
                "fine", "up",
                "broken/query", "sum(rate(http_server_requests_seconds_count[$__rate_interval])"));

    result.assertFailure();
    assertTrue(result.output().contains("check:broken_query"), result::output);
  }

  @Test
  void nothingToCheckIsAMistake() {
    assertThrows(IllegalArgumentException.class, () -> PromQl.checkExpressions(Map.of()));
  }
}
