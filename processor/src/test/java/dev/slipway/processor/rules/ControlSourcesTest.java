package dev.slipway.processor.rules;

import static dev.slipway.processor.rules.Spec.orders;

import com.google.testing.compile.Compiler;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid edge values that must compile without any Slipway diagnostic and write the artifacts: the
 * negative case of every rule family, so that a rule that fires on good code fails here.
 */
class ControlSourcesTest {

  static Stream<Spec> controls() {
    return Stream.of(
        orders(),
        orders().set("port = 8080", "port = 65535"),
        orders().set("cpu = \"250m\"", "cpu = \"0.5\""),
        // 1G = 10^9 bytes is less than 1Gi = 2^30 bytes
        orders()
            .set("memory = \"256Mi\"", "memory = \"1G\"")
            .set("memoryLimit = \"512Mi\"", "memoryLimit = \"1Gi\""),
        orders()
            .set("cpu = \"250m\"", "cpu = \"1e-1\"")
            .set("cpuLimit = \"1\"", "cpuLimit = \"1000m\""),
        orders()
            .set(
                "image = \"ghcr.io/acme/orders:1.4.2\"",
                "image = \"registry.local:5000/orders:1.4.2\""),
        orders()
            .set(
                "image = \"ghcr.io/acme/orders:1.4.2\"",
                "image = \"ghcr.io/acme/orders@" + RuleSpecsTest.DIGEST + "\""),
        // a digest pins the image even when the tag is a moving one
        orders()
            .set(
                "image = \"ghcr.io/acme/orders:1.4.2\"",
                "image = \"ghcr.io/acme/orders:latest@" + RuleSpecsTest.DIGEST + "\""),
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"JAVA_TOOL_OPTIONS\", value = \"-Dfile.encoding=UTF-8 -XX:MaxRAMPercentage=75\")"),
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"API_TOKEN\", secret = \"orders-api\", key = \"token\")"),
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"FEATURES\", configMap = \"orders-features\")"),
        orders()
            .set("memoryLimit = \"512Mi\"", "memoryLimit = \"512Mi\"")
            .set("cpuLimit = \"1\"", "cpuLimit = \"\""),
        orders()
            .set("min = 3", "min = 2")
            .set("max = 12", "max = 2")
            .set("cpuUtilization = 70", "cpuUtilization = 0"),
        orders().set("host = \"orders.acme.example\"", "host = \"*.acme.example\""),
        orders().set("pause = \"5m\"", "pause = \"1h30m\""),
        orders()
            .set("startup = \"/health/started\"", "startup = \"\"")
            .set("initialDelay = \"0s\"", "initialDelay = \"30s\""),
        orders()
            .set("startup = \"/health/started\"", "startup = \"\"")
            .set("liveness = \"/health/live\"", "liveness = \"\""),
        orders().set("steps = {10, 25, 50}", "steps = {1, 99}"),
        orders().set("port = 0,", "port = 9090,"),
        orders()
            .option("slipway.registry", "registry.local:5000/acme")
            .option("slipway.tag", "1.4.2")
            .remove("    image = \"ghcr.io/acme/orders:1.4.2\",\n"),
        // the families the orders service does not exercise by itself: blue-green, SLO, metrics
        orders()
            .set(
                RuleSpecsTest.CANARY,
                "@BlueGreen(promotionDelay = \"2m\", scaleDownDelay = \"5m\", maxErrorRate = 0.02, maxLatencyP99 = \"1s\")"),
        orders()
            .annotate(
                "@Slo(availability = 99.95, latency = \"250ms\", latencyTarget = 95, window = \"4w\")"),
        orders()
            .annotate(
                "@Metrics(path = \"/actuator/prometheus\", port = 9090, interval = \"15s\")"));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("controls")
  void compilesCleanAndWritesArtifacts(Spec control) {
    control.verify(Compiler.javac(), ToolProvider.getSystemJavaCompiler());
  }
}
