package dev.slipway.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published processor jar, as a user gets it: self-contained (Jackson and SnakeYAML inside,
 * relocated), registered for discovery, with a pom that pulls nothing, and enough on its own on
 * {@code -processorpath} of a real {@code javac} process, even next to another processor's Jackson.
 * Runs after {@code package} (failsafe), on {@code target/slipway-processor-*.jar}.
 */
class ProcessorJarIT {

  private static final Path JAR = Path.of(System.getProperty("slipway.processorJar"));

  private static final String ORDERS =
      """
      package com.acme.orders;

      import dev.slipway.annotations.*;

      @Service(name = "orders", image = "ghcr.io/acme/orders:1.4.2", team = "commerce")
      @Scaling(min = 2, max = 6, cpuUtilization = 70)
      @HealthCheck(liveness = "/health/live", readiness = "/health/ready", startup = "/health/started")
      @Canary
      @Expose(host = "orders.acme.example", gateway = "infra/public")
      public final class OrdersService {}
      """;

  @Test
  void theJarHoldsItsDependenciesRelocatedAndRegistersTheProcessor() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> entries = jar.stream().map(JarEntry::getName).toList();
      assertTrue(entries.contains("dev/slipway/processor/SlipwayProcessor.class"));
      assertTrue(entries.contains("dev/slipway/processor/shaded/jackson/databind/JsonNode.class"));
      assertTrue(entries.contains("dev/slipway/processor/shaded/snakeyaml/Yaml.class"));
      assertTrue(entries.contains("dev/slipway/annotations/HealthCheck.class"));
      List<String> unrelocated =
          entries.stream()
              .filter(
                  e ->
                      e.startsWith("com/")
                          || e.startsWith("org/")
                          || e.startsWith("META-INF/versions/"))
              .toList();
      assertEquals(List.of(), unrelocated);
      String services =
          new String(
              jar.getInputStream(
                      jar.getEntry("META-INF/services/javax.annotation.processing.Processor"))
                  .readAllBytes(),
              StandardCharsets.UTF_8);
      assertEquals(
          List.of(SlipwayProcessor.class.getName()),
          services.lines().filter(l -> !l.isBlank()).toList());
    }
  }

  @Test
  void thePublishedPomPullsNoDependencies() throws IOException {
    String pom = Files.readString(JAR.resolveSibling("dependency-reduced-pom.xml"));
    Matcher dependency =
        Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
    while (dependency.find()) {
      String body = dependency.group(1);
      assertTrue(
          body.contains("<scope>test</scope>") || body.contains("<scope>provided</scope>"),
          "a dependency users would get: " + body);
    }
  }

  @Test
  void theJarAloneOnTheProcessorPathCompilesAService(@TempDir Path dir) throws Exception {
    Run run = javac(dir, JAR.toString(), "-Aslipway.rendered=true");
    assertEquals(0, run.exit(), run.output());
    assertFalse(run.output().contains("warning"), run.output());
    Path root = dir.resolve("classes/META-INF/slipway");
    for (String file :
        List.of(
            "orders/base/manifests.yaml",
            "orders/overlays/prod/kustomization.yaml",
            "orders/rendered/dev.yaml",
            "orders/prometheus/orders.rules.yaml",
            "orders/grafana/orders-dashboard.json",
            "orders/runbook.md",
            "prod/namespaces.yaml")) {
      assertTrue(Files.isRegularFile(root.resolve(file)), file + " in " + list(root));
    }
  }

  @Test
  void anotherProcessorsJacksonOnTheSamePathChangesNothing(@TempDir Path dir) throws Exception {
    // a Jackson that fails as soon as anything loads it, first on the processor path
    Path fake = dir.resolve("other-processor");
    Path source = fake.resolve("src/com/fasterxml/jackson/databind/node/JsonNodeFactory.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        """
        package com.fasterxml.jackson.databind.node;

        public class JsonNodeFactory {
          static {
            if (true) {
              throw new IllegalStateException("another processor's Jackson");
            }
          }
        }
        """);
    Process compile =
        new ProcessBuilder(
                javac().toString(), "-d", fake.resolve("classes").toString(), source.toString())
            .redirectErrorStream(true)
            .start();
    assertEquals(
        0,
        compile.waitFor(),
        new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    Run run = javac(dir, fake.resolve("classes") + File.pathSeparator + JAR);
    assertEquals(0, run.exit(), run.output());
    assertTrue(
        Files.isRegularFile(dir.resolve("classes/META-INF/slipway/orders/base/manifests.yaml")));
  }

  private record Run(int exit, String output) {}

  /** Compiles the orders service in a new {@code javac} process with this processor path. */
  private static Run javac(Path dir, String processorPath, String... options) throws Exception {
    Path source = dir.resolve("src/com/acme/orders/OrdersService.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, ORDERS);
    List<String> command =
        new ArrayList<>(
            List.of(
                javac().toString(),
                "--release",
                "17",
                "-processorpath",
                processorPath,
                "-classpath",
                annotationsOnClassPath(),
                "-d",
                dir.resolve("classes").toString()));
    command.addAll(Arrays.asList(options));
    command.add(source.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }

  private static Path javac() {
    return Path.of(System.getProperty("java.home"), "bin", "javac");
  }

  /** The annotations as a user's compile class path has them: their own jar or classes. */
  private static String annotationsOnClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(
            e ->
                e.contains("slipway-annotations")
                    || e.replace('\\', '/').endsWith("annotations/target/classes"))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no slipway-annotations on " + System.getProperty("java.class.path")));
  }

  private static List<String> list(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
