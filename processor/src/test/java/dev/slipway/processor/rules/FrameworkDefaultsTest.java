package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Quarkus and Micronaut, recognised by a class of theirs on the class path, give their own probe
 * and scrape paths to what the annotations leave out; without a framework the defaults stay the
 * Slipway runtime's.
 */
class FrameworkDefaultsTest {

  private static final String HEALTH_CHECK =
      "@HealthCheck(\n    liveness = \"/health/live\",\n    readiness = \"/health/ready\",\n    startup = \"/health/started\",\n    port = 0,";

  private static Spec bareOrders() {
    return Spec.orders().set(HEALTH_CHECK, "@HealthCheck(");
  }

  @Test
  void quarkus() {
    String manifests =
        manifests(
            bareOrders()
                .source(
                    "io.quarkus.runtime.Quarkus",
                    "package io.quarkus.runtime;\npublic final class Quarkus {}\n"));
    assertThat(manifests).containsMatch("startupProbe:\\s+httpGet:\\s+path: /q/health/started");
    assertThat(manifests).containsMatch("livenessProbe:\\s+httpGet:\\s+path: /q/health/live");
    assertThat(manifests).containsMatch("readinessProbe:\\s+httpGet:\\s+path: /q/health/ready");
    assertThat(manifests).contains("path: /q/metrics");
  }

  /**
   * As a build has it: the framework compiled elsewhere, a class file on the class path, which the
   * processor finds through the Filer, not through javac's symbol lookup.
   */
  @Test
  void quarkusAsAClassFileOnTheClassPath() throws IOException {
    Path quarkus = Files.createTempDirectory("slipway-quarkus");
    Compilation marker =
        Compiler.javac()
            .compile(
                JavaFileObjects.forSourceString(
                    "io.quarkus.runtime.Quarkus",
                    "package io.quarkus.runtime;\npublic final class Quarkus {}\n"));
    assertThat(marker).succeeded();
    Path classFile = quarkus.resolve("io/quarkus/runtime/Quarkus.class");
    Files.createDirectories(classFile.getParent());
    try (InputStream in = marker.generatedFiles().get(0).openInputStream()) {
      Files.copy(in, classFile);
    }
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.add(quarkus.toFile());
    String manifests = manifests(bareOrders(), Compiler.javac().withClasspath(classPath));
    assertThat(manifests).containsMatch("livenessProbe:\\s+httpGet:\\s+path: /q/health/live");
    assertThat(manifests).contains("path: /q/metrics");
  }

  @Test
  void micronautProbesStartUpOnLiveness() {
    String manifests =
        manifests(
            bareOrders()
                .source(
                    "io.micronaut.runtime.Micronaut",
                    "package io.micronaut.runtime;\npublic final class Micronaut {}\n"));
    assertThat(manifests).containsMatch("startupProbe:\\s+httpGet:\\s+path: /health/liveness");
    assertThat(manifests).containsMatch("readinessProbe:\\s+httpGet:\\s+path: /health/readiness");
    assertThat(manifests).contains("path: /prometheus");
  }

  @Test
  void withoutAFrameworkTheRuntimesDefaults() {
    String manifests = manifests(bareOrders());
    assertThat(manifests).containsMatch("startupProbe:\\s+httpGet:\\s+path: /health/started");
    assertThat(manifests).contains("path: /metrics");
  }

  private static String manifests(Spec spec) {
    return manifests(spec, Compiler.javac());
  }

  private static String manifests(Spec spec, Compiler javac) {
    Compilation compilation = spec.compile(javac);
    assertThat(compilation).succeeded();
    JavaFileObject file =
        compilation.generatedFiles().stream()
            .filter(
                f -> f.toUri().getPath().endsWith("/META-INF/slipway/orders/base/manifests.yaml"))
            .findFirst()
            .orElseThrow();
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
