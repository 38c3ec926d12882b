package dev.slipway.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.slipway.processor.SlipwayProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SLW-SLO-* and SLW-MET-*: each bad value is an error (or warning) on its own attribute line. */
class ObservabilityRulesTest {

  /** A valid service with {@code extra} annotations, each on its own line. */
  private static JavaFileObject service(String... extra) {
    return JavaFileObjects.forSourceLines(
        "com.acme.Shop",
        "package com.acme;",
        "import dev.slipway.annotations.*;",
        "@Service(name = \"shop\", image = \"ghcr.io/acme/shop:1.0.0\", port = 8080, team ="
            + " \"web\",",
        "    resources = @Resources(cpu = \"100m\", memory = \"128Mi\", memoryLimit = \"256Mi\"))",
        "@HealthCheck(liveness = \"/live\", readiness = \"/ready\")",
        String.join("\n", extra),
        "public final class Shop {}");
  }

  private static Compilation compile(JavaFileObject source) {
    return Compiler.javac().withProcessors(new SlipwayProcessor()).compile(source);
  }

  @Test
  void validSloAndMetricsPass() {
    JavaFileObject source =
        service(
            "@Slo(availability = 99.95, latency = \"250ms\", latencyTarget = 95, window = \"4w\")",
            "@Metrics(path = \"/actuator/prometheus\", port = 9090, interval = \"15s\")");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "availability = 0.0 / 0.0",
        "latencyTarget = 1.0 / 0.0",
        "availability = 100",
        "availability = 0",
        "availability = -5",
        "latencyTarget = 100.5"
      })
  void objectiveOutsideZeroToHundredOrNotANumberIsAnErrorNeverACrash(String attribute) {
    JavaFileObject source = service("@Slo(" + attribute + ")");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    compilation
        .errors()
        .forEach(e -> assertFalse(e.getMessage(null).contains("SLW-INTERNAL"), e.getMessage(null)));
    assertThat(compilation)
        .hadErrorContaining("[SLW-SLO-001]")
        .inFile(source)
        .onLineContaining(attribute);
  }

  @Test
  void objectiveBelowOnePercentIsAWarningThatSuggestsThePercentage() {
    JavaFileObject source = service("@Slo(", "    availability = 0.999)");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[SLW-SLO-002] @Slo(availability = 0.999) means 0.999 % of requests")
        .inFile(source)
        .onLineContaining("availability = 0.999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0ms", "fast", "", "-1s", "1.5s"})
  void latencyThresholdMustBeAPositiveDuration(String latency) {
    failsOnItsLine("@Slo(availability = 99.9,", "latency = \"" + latency + "\"", "SLW-SLO-003");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2h", "3d", "30", "1y", "400d", "30d ", "0w"})
  void windowMustBeWholeDaysOrWeeksFromAWeekToAYear(String window) {
    failsOnItsLine("@Slo(", "window = \"" + window + "\"", "SLW-SLO-004");
  }

  @ParameterizedTest
  @ValueSource(strings = {"metrics", "", "/metrics?format=text", "/my metrics", "http://x/metrics"})
  void metricsPathMustBeAbsolute(String path) {
    failsOnItsLine("@Metrics(", "path = \"" + path + "\"", "SLW-MET-001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "soon", "30", ""})
  void scrapeIntervalMustBeAPositiveDuration(String interval) {
    failsOnItsLine("@Metrics(", "interval = \"" + interval + "\"", "SLW-MET-002");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536, 100000})
  void metricsPortMustBeZeroOrAPort(int port) {
    failsOnItsLine("@Metrics(", "port = " + port, "SLW-MET-003");
  }

  /**
   * The service with {@code opening}, then {@code attribute} on its own line, fails there with
   * {@code rule}.
   */
  private static void failsOnItsLine(String opening, String attribute, String rule) {
    JavaFileObject source = service(opening, "    " + attribute + ")");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[" + rule + "]")
        .inFile(source)
        .onLineContaining(attribute);
  }
}
