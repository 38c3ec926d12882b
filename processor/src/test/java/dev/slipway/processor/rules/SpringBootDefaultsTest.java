package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Framework-aware defaults and the SLW-SPR rules on a real Spring Boot class path: what the
 * annotations leave out takes Spring's values, what they write always wins, and the starter makes
 * the application's own settings unnecessary.
 */
class SpringBootDefaultsTest {

  /**
   * Orders with a bare {@code @HealthCheck} and no {@code @Metrics}: every path from the framework.
   */
  private static Spec bareOrders() {
    return Spec.springOrders()
        .set(
            "@HealthCheck(\n    liveness = \"/actuator/health/liveness\",\n    readiness = \"/actuator/health/readiness\",\n    startup = \"/actuator/health/liveness\",\n    port = 0,",
            "@HealthCheck(")
        .set("@Metrics(\n    path = \"/actuator/prometheus\",\n    interval = \"30s\")\n", "");
  }

  @Test
  void theExampleSpringServiceCompilesCleanly() {
    Spec.springOrders().verify(Compiler.javac(), ToolProvider.getSystemJavaCompiler());
  }

  @Test
  void springBootDefaultsAreActuatorsProbesWithStartupOnLivenessAndThePrometheusEndpoint() {
    Compilation compilation = bareOrders().compile(Compiler.javac());
    assertThat(compilation).succeeded();
    String manifests = file(compilation, "orders/base/manifests.yaml");
    assertThat(manifests)
        .contains(
            "startupProbe:\n            httpGet:\n              path: /actuator/health/liveness");
    assertThat(manifests)
        .contains(
            "livenessProbe:\n            httpGet:\n              path: /actuator/health/liveness");
    assertThat(manifests)
        .contains(
            "readinessProbe:\n            httpGet:\n              path: /actuator/health/readiness");
    assertThat(manifests).contains("path: /actuator/prometheus");
    assertThat(manifests).doesNotContain("/health/started");
  }

  @Test
  void aManagementPortAndBasePathInTheConfigurationMoveTheDefaults() {
    Compilation compilation =
        bareOrders()
            .setting(
                "server.port=8080",
                "server.port=8080\nmanagement.server.port=9091\nmanagement.endpoints.web.base-path=/manage")
            .compile(Compiler.javac());
    assertThat(compilation).succeeded();
    String manifests = file(compilation, "orders/base/manifests.yaml");
    assertThat(manifests)
        .contains("path: /manage/health/readiness\n              port: management");
    assertThat(manifests).contains("containerPort: 9091");
    assertThat(manifests).containsMatch("- port: management\\s+path: /manage/prometheus");
  }

  @Test
  void anUnwrittenServicePortIsTheServerPort() {
    Compilation compilation =
        bareOrders()
            .set("port = 8080,", "")
            .setting("server.port=8080", "server.port=${PORT:9090}")
            .compile(Compiler.javac());
    assertThat(compilation).succeeded();
    assertThat(file(compilation, "orders/base/manifests.yaml")).contains("containerPort: 9090");
  }

  @Test
  void withTheStarterNeitherExposureNorBucketsNorShutdownNeedSettings() {
    Spec spec =
        bareOrders()
            .starter()
            .config("application.properties", "spring.application.name=orders\n")
            .set("drain = \"10s\"", "drain = \"45s\"")
            .set("gracePeriod = \"30s\"", "gracePeriod = \"60s\"");
    spec.verify(Compiler.javac(), ToolProvider.getSystemJavaCompiler());
  }

  @Test
  void withTheStarterAProbePortOfItsOwnBecomesTheManagementPort() {
    Compilation compilation =
        Spec.springOrders()
            .starter()
            .config("application.properties", "spring.application.name=orders\n")
            .set("port = 0,", "port = 8081,")
            .compile(Compiler.javac());
    assertThat(compilation).succeeded();
    String manifests = file(compilation, "orders/base/manifests.yaml");
    assertThat(manifests).containsMatch("name: management\\s+containerPort: 8081");
    assertThat(manifests).containsMatch("- port: management\\s+path: /actuator/prometheus");
  }

  @Test
  void withoutTheStarterAProbePortOfItsOwnNeedsTheManagementPort() {
    Compilation compilation =
        Spec.springOrders().set("port = 0,", "port = 8081,").compile(Compiler.javac());
    assertThat(compilation)
        .hadErrorContaining(
            "[SLW-SPR-002] @HealthCheck(port = 8081) sends the probes to port 8081, but Actuator listens on the server port 8080 (no management.server.port is set); set port = 8080");
  }

  @Test
  void withoutTheStarterTheSameAppFailsOnEveryMissingSetting() {
    Compilation compilation =
        bareOrders()
            .config("application.properties", "spring.application.name=orders\n")
            .set("drain = \"10s\"", "drain = \"45s\"")
            .set("gracePeriod = \"30s\"", "gracePeriod = \"60s\"")
            .compile(Compiler.javac());
    assertThat(
            Diagnostics.slipway(compilation).stream()
                .map(d -> d.substring(d.indexOf('[') + 1, d.indexOf(']')))
                .distinct()
                .toList())
        .containsExactly("SLW-SPR-004", "SLW-SPR-005", "SLW-SPR-006");
  }

  @Test
  void aSpringProfileFileIsCheckedToo() {
    Compilation compilation =
        Spec.springOrders()
            .config("application-prod.yaml", "server:\n  port: 9000\n")
            .compile(Compiler.javac());
    assertThat(compilation)
        .hadErrorContaining(
            "[SLW-SPR-001] @Service(port = 8080) is not the port the app listens on: server.port = 9000 in application-prod.yaml");
  }

  @Test
  void anExplicitAttributeWinsOverTheFrameworkDefault() {
    Compilation compilation = Spec.springOrders().compile(Compiler.javac());
    assertThat(compilation).succeeded();
    // payments wrote its own probe paths, on Spring Boot too
    assertThat(file(compilation, "payments/base/manifests.yaml")).contains("path: /started");
  }

  private static String file(Compilation compilation, String path) {
    Optional<JavaFileObject> file =
        compilation.generatedFiles().stream()
            .filter(f -> f.toUri().getPath().endsWith("/META-INF/slipway/" + path))
            .findFirst();
    try {
      return file.orElseThrow(() -> new AssertionError("no " + path))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
