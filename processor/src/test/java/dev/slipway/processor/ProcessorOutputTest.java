package dev.slipway.processor;

import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.compileTo;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.CompilationSubject;
import dev.slipway.processor.SlipwayCompiler.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor writes its output across a whole compile. */
class ProcessorOutputTest {

  private static final String PLAIN =
      """
      @Service(image = "registry.example.com/acme/%s:1.0.0", team = "core")
      @HealthCheck
      """;

  @Test
  void everyServiceGetsBaseOverlaysObservabilityAndEachEnvironmentAnAggregate() {
    Output out = compile(service("OrdersService", PLAIN.formatted("orders")));
    CompilationSubject.assertThat(out.compilation()).succeededWithoutWarnings();
    assertEquals(
        Set.of(
            "orders/base/kustomization.yaml",
            "orders/base/manifests.yaml",
            "orders/prometheus/orders.rules.yaml",
            "orders/grafana/orders-dashboard.json",
            "orders/grafana/kustomization.yaml",
            "orders/runbook.md",
            "orders/overlays/dev/kustomization.yaml",
            "orders/overlays/staging/kustomization.yaml",
            "orders/overlays/prod/kustomization.yaml",
            "dev/kustomization.yaml",
            "dev/namespaces.yaml",
            "staging/kustomization.yaml",
            "staging/namespaces.yaml",
            "prod/kustomization.yaml",
            "prod/namespaces.yaml"),
        out.files().keySet());
  }

  @Test
  void renderedStreamsAreWrittenOnlyWhenAskedFor() {
    JavaFileObject orders = service("OrdersService", PLAIN.formatted("orders"));
    Set<String> byDefault = compile(orders).files().keySet();
    Set<String> rendered = compile(Map.of("slipway.rendered", "true"), orders).files().keySet();
    assertEquals(
        Set.of(
            "orders/rendered/dev.yaml",
            "orders/rendered/staging.yaml",
            "orders/rendered/prod.yaml"),
        rendered.stream().filter(path -> !byDefault.contains(path)).collect(Collectors.toSet()));
  }

  @Test
  void compilingTwiceGivesByteIdenticalFiles() {
    JavaFileObject[] sources = {
      service("OrdersService", PLAIN.formatted("orders") + "@Scaling(min = 3, max = 6)\n"),
      service("PaymentsService", PLAIN.formatted("payments"))
    };
    assertEquals(compile(sources).files(), compile(sources).files());
  }

  @Test
  void aCompileWithAnErrorWritesNoFile(@TempDir Path classes) throws IOException {
    JavaFileObject broken =
        service(
            "BrokenService",
            PLAIN.formatted("broken").replace("team", "port = NO_SUCH_PORT, team"));
    assertFalse(compileTo(classes, service("OrdersService", PLAIN.formatted("orders")), broken));
    try (Stream<Path> written = Files.walk(classes)) {
      assertEquals(List.of(classes), written.toList());
    }
  }

  @Test
  void theSameCompileWithoutTheErrorWritesToDisk(@TempDir Path classes) {
    assertTrue(compileTo(classes, service("OrdersService", PLAIN.formatted("orders"))));
    assertTrue(
        Files.isRegularFile(
            classes.resolve("META-INF/slipway/orders/overlays/prod/kustomization.yaml")));
  }

  @Test
  void fiftyServicesInOneCompileEachGetTheirFilesAndAllJoinTheAggregate() {
    JavaFileObject[] sources =
        IntStream.rangeClosed(1, 50)
            .mapToObj(i -> service("Svc" + i + "Service", PLAIN.formatted("svc" + i)))
            .toArray(JavaFileObject[]::new);
    Output out = compile(sources);
    CompilationSubject.assertThat(out.compilation()).succeededWithoutWarnings();
    for (int i = 1; i <= 50; i++) {
      assertTrue(
          out.files().containsKey("svc" + i + "/overlays/prod/kustomization.yaml"), "svc" + i);
    }
    assertEquals(
        51,
        out.yaml("prod/kustomization.yaml").get("resources").size(),
        "namespaces + 50 overlays");
  }

  @Test
  void aServiceGeneratedInALaterRoundIsIncluded() {
    Output out =
        compile(
            Map.of(),
            List.of(new GeneratesAServiceInRoundTwo()),
            service("OrdersService", PLAIN.formatted("orders")));
    CompilationSubject.assertThat(out.compilation()).succeededWithoutWarnings();
    assertTrue(out.kinds("orders/base/manifests.yaml").contains("Deployment"));
    assertTrue(out.kinds("generated/base/manifests.yaml").contains("Deployment"));
    assertEquals(
        List.of("namespaces.yaml", "../generated/overlays/prod", "../orders/overlays/prod"),
        resources(out));
  }

  private static List<String> resources(Output out) {
    List<String> list = new ArrayList<>();
    out.yaml("prod/kustomization.yaml").get("resources").forEach(r -> list.add(r.asText()));
    return list;
  }

  /**
   * Writes the source of an annotated service in the first round, so that javac only hands it to
   * Slipway in the second.
   */
  static final class GeneratesAServiceInRoundTwo extends AbstractProcessor {

    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer writer =
          processingEnv.getFiler().createSourceFile("com.example.GeneratedService").openWriter()) {
        writer.write(
            "package com.example;\nimport dev.slipway.annotations.*;\n"
                + PLAIN.formatted("generated")
                + "public final class GeneratedService {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
