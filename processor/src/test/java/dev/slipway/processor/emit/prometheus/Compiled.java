package dev.slipway.processor.emit.prometheus;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.slipway.processor.SlipwayProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * The files a successful compile of some annotated sources wrote under {@code META-INF/slipway/},
 * by path relative to it. The sources used by the observability tests are here too.
 */
public record Compiled(Map<String, String> files) {

  /** A canary service with autoscaling, limits, an SLO and a dependency. */
  public static final String ORDERS =
"""
package com.acme.orders;
import dev.slipway.annotations.*;
@Service(name = "orders", image = "ghcr.io/acme/orders:1.4.2", port = 8080, team = "commerce",
    resources = @Resources(cpu = "250m", memory = "256Mi", cpuLimit = "1", memoryLimit = "512Mi"),
    dependsOn = {"payments"})
@Scaling(min = 3, max = 12, cpuUtilization = 70)
@HealthCheck(liveness = "/health/live", readiness = "/health/ready", startup = "/health/started")
@Canary(steps = {10, 25, 50}, pause = "5m", maxErrorRate = 0.01, maxLatencyP99 = "500ms")
@Slo(availability = 99.9, latency = "300ms", latencyTarget = 99.0)
public final class OrdersService {}
""";

  /** A plain Deployment: fixed replicas, no CPU limit, default SLO and metrics. */
  public static final String PAYMENTS =
"""
package com.acme.payments;
import dev.slipway.annotations.*;
@Service(image = "ghcr.io/acme/payments:2.0.1", port = 8080, team = "payments",
    resources = @Resources(cpu = "200m", memory = "256Mi", cpuLimit = "", memoryLimit = "384Mi"))
@Scaling(min = 2, max = 2)
@HealthCheck(liveness = "/health/live", readiness = "/health/ready")
public final class PaymentsService {}
""";

  /** Compiles {@code sources} (fully qualified class name → source) with Slipway and options. */
  public static Compiled compile(Map<String, String> sources, String... options) {
    JavaFileObject[] files =
        sources.entrySet().stream()
            .map(e -> JavaFileObjects.forSourceString(e.getKey(), e.getValue()))
            .toArray(JavaFileObject[]::new);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SlipwayProcessor())
            .withOptions((Object[]) options)
            .compile(files);
    assertThat(compilation).succeeded();
    Map<String, String> generated = new TreeMap<>();
    String root = "/CLASS_OUTPUT/" + SlipwayProcessor.OUTPUT_ROOT;
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.toUri().getPath();
      int at = name.indexOf(root);
      if (at >= 0) {
        try {
          generated.put(name.substring(at + root.length()), file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new Compiled(generated);
  }

  /** Orders and payments, compiled together with default options. */
  public static Compiled ordersAndPayments() {
    return compile(
        Map.of(
            "com.acme.orders.OrdersService",
            ORDERS,
            "com.acme.payments.PaymentsService",
            PAYMENTS));
  }

  public String file(String path) {
    String content = files.get(path);
    if (content == null) {
      throw new AssertionError("no generated file " + path + " among " + files.keySet());
    }
    return content;
  }

  /** Writes the file at {@code path} into {@code dir} (same relative path) and returns it. */
  public Path write(String path, Path dir) {
    try {
      Path target = dir.resolve(path);
      Files.createDirectories(target.getParent());
      return Files.writeString(target, file(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
