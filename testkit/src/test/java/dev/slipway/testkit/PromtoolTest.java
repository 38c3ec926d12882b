package dev.slipway.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromtoolTest {

  private static final String GOOD_RULES =
      """
      groups:
        - name: orders
          rules:
            - record: job:http_server_requests:rate5m
              expr: sum by (job) (rate(http_server_requests_seconds_count[5m]))
            - alert: OrdersHighErrorRate
              expr: |
                sum(rate(http_server_requests_seconds_count{job="orders",status=~"5.."}[5m]))
                  / sum(rate(http_server_requests_seconds_count{job="orders"}[5m])) > 0.01
              for: 5m
              labels: {severity: page, team: commerce}
              annotations:
                summary: "orders: {{ $value | humanizePercentage }} of requests fail"
      """;

  @TempDir Path dir;

  @Test
  void checkRulesAcceptsAGoodRuleFile() throws IOException {
    Promtool.Result result =
        Promtool.checkRules(write("good.rules.yaml", GOOD_RULES)).assertSuccess();

    assertTrue(result.output().contains("SUCCESS: 2 rules found"), result::output);
  }

  @Test
  void checkRulesRejectsAnExpressionThatDoesNotParse() throws IOException {
    Path bad = write("bad.rules.yaml", GOOD_RULES.replace("[5m]))\n", "[5m])\n"));

    Promtool.Result result = Promtool.checkRules(bad).assertFailure();

    assertTrue(
        result.output().contains("\"job:http_server_requests:rate5m\": could not parse expression"),
        result::output);
  }

  @Test
  void assertSuccessFailsWithTheToolsOutput() throws IOException {
    Path bad = write("bad.rules.yaml", GOOD_RULES.replace("for: 5m", "for: five minutes"));

    AssertionError error =
        assertThrows(AssertionError.class, () -> Promtool.checkRules(bad).assertSuccess());

    assertTrue(
        error
            .getMessage()
            .contains("check rules " + bad.toAbsolutePath() + " failed with exit code 1"),
        error::getMessage);
    assertTrue(error.getMessage().contains("five minutes"), error::getMessage);
  }

  @Test
  void testRulesRunsRuleUnitTests() throws IOException {
    write("good.rules.yaml", GOOD_RULES);
    String test =
        """
        rule_files: [good.rules.yaml]
        evaluation_interval: 1m
        tests:
          - interval: 1m
            input_series:
              - series: 'http_server_requests_seconds_count{job="orders",status="500"}'
                values: '0+10x20'
              - series: 'http_server_requests_seconds_count{job="orders",status="200"}'
                values: '0+10x20'
            alert_rule_test:
              - eval_time: 15m
                alertname: OrdersHighErrorRate
                exp_alerts:
                  - exp_labels: {severity: page, team: commerce}
                    exp_annotations: {summary: "orders: 50% of requests fail"}
        """;

    Promtool.testRules(write("good.test.yaml", test)).assertSuccess();
    Promtool.testRules(write("wrong.test.yaml", test.replace("severity: page", "severity: ticket")))
        .assertFailure();
  }

  @Test
  void checkConfigReadsTheConfigurationAndItsRuleFiles() throws IOException {
    write("good.rules.yaml", GOOD_RULES);
    Path config =
        write(
            "prometheus.yml",
            """
        global: {scrape_interval: 15s}
        rule_files: [good.rules.yaml]
        scrape_configs:
          - job_name: orders
            static_configs: [{targets: ['127.0.0.1:8080']}]
        """);

    Promtool.checkConfig(config).assertSuccess();
    Promtool.checkConfig(write("broken.yml", "scrape_configs:\n  - job_nam: orders\n"))
        .assertFailure();
  }

  @Test
  void thePrometheusServerBinaryIsThere() {
    Path prometheus = Promtool.prometheusBinary();

    Processes.Completed version =
        Processes.run(
            List.of(prometheus.toString(), "--version"), java.time.Duration.ofSeconds(30));
    assertEquals(0, version.exitCode(), version::stderr);
    assertTrue(
        (version.stdout() + version.stderr()).startsWith("prometheus, version "), version::stdout);
  }

  @Test
  void checkRulesNeedsAFile() {
    assertThrows(IllegalArgumentException.class, Promtool::checkRules);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
