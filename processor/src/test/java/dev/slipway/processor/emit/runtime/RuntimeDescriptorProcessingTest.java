package dev.slipway.processor.emit.runtime;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.slipway.processor.SlipwayCompiler;
import dev.slipway.processor.SlipwayCompiler.Output;
import dev.slipway.processor.SlipwayProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor generates a runtime descriptor class per service when, and only when, the runtime
 * (or the Spring Boot starter) can use it: readable, {@code @Generated}, compiled without a warning
 * under {@code -Xlint:all}.
 *
 * <p>The runtime is not on this module's class path: with it there, every processor test would get
 * descriptors. These compiles include the runtime's real {@code ServiceDescriptor} source, which is
 * all the processor looks for and what the generated class implements.
 */
public class RuntimeDescriptorProcessingTest {

  /** The runtime's real {@code ServiceDescriptor}, as the runtime or the starter brings it. */
  public static final JavaFileObject RUNTIME = runtimeInterface();

  private static final JavaFileObject ORDERS =
      JavaFileObjects.forSourceString(
          "com.acme.orders.OrdersService",
          """
      package com.acme.orders;

      import dev.slipway.annotations.*;

      @Service(image = "ghcr.io/acme/orders:1.4.2", team = "commerce", port = 8081, drain = "5s")
      @HealthCheck(liveness = "/live", readiness = "/ready", startup = "", initialDelay = "20s")
      @Slo(latency = "300ms", availability = 99.95)
      public final class OrdersService {}
      """);

  private static final JavaFileObject CART =
      JavaFileObjects.forSourceString(
          "com.acme.Shop",
          """
      package com.acme;

      import dev.slipway.annotations.*;

      public final class Shop {
        @Service(image = "ghcr.io/acme/cart:1.0.0", team = "commerce")
        @HealthCheck
        public static final class CartService {}
      }
      """);

  private static JavaFileObject runtimeInterface() {
    return JavaFileObjects.forSourceString(
        "dev.slipway.runtime.ServiceDescriptor", runtimeSource());
  }

  /**
   * The source of the runtime's {@code ServiceDescriptor}, from the runtime module beside this one.
   */
  public static String runtimeSource() {
    try {
      return Files.readString(
          Path.of("../runtime/src/main/java/dev/slipway/runtime/ServiceDescriptor.java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void eachServiceGetsADescriptorClassNamedAfterItsClassAndNoResource() throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SlipwayProcessor())
            .withOptions("-Xlint:all")
            .compile(RUNTIME, ORDERS, CART);
    Output out = SlipwayCompiler.compile(RUNTIME, ORDERS, CART);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        List.of(
            "com/acme/Shop_CartService_SlipwayDescriptor.java",
            "com/acme/orders/OrdersService_SlipwayDescriptor.java"),
        out.compilation().generatedSourceFiles().stream()
            .map(f -> f.toUri().getPath().replaceFirst(".*/SOURCE_OUTPUT/", ""))
            .sorted()
            .toList());
    assertThat(out.files().keySet().stream().filter(path -> path.startsWith("runtime/")).toList())
        .isEmpty();
    String orders =
        out.compilation()
            .generatedSourceFile("com.acme.orders.OrdersService_SlipwayDescriptor")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(orders)
        .contains(
            "@Generated(\"dev.slipway.processor.SlipwayProcessor\")\npublic final class OrdersService_SlipwayDescriptor implements ServiceDescriptor {");
    assertThat(orders)
        .contains(
            "  public String serviceClass() {\n    return \"com.acme.orders.OrdersService\";\n  }");
    assertThat(orders).contains("  public int port() {\n    return 8081;\n  }");
    assertThat(orders).contains("  public String livenessPath() {\n    return \"/live\";\n  }");
    assertThat(orders).contains("  public String startupPath() {\n    return \"\";\n  }");
    assertThat(orders)
        .contains("  public double availabilityObjective() {\n    return 99.95;\n  }");
    assertThat(orders)
        .contains(
            "  public Duration latencyThreshold() {\n    return Duration.ofMillis(300);\n  }");
    assertThat(orders)
        .contains("  public Duration drain() {\n    return Duration.ofSeconds(5);\n  }");
    assertThat(orders.replaceAll("\\s+", " "))
        .contains(
            "LATENCY_BUCKETS = List.of(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(300), Duration.ofMillis(500)");
    String cart =
        out.compilation()
            .generatedSourceFile("com.acme.Shop_CartService_SlipwayDescriptor")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(cart).contains("return \"com.acme.Shop$CartService\";");
  }

  @Test
  void withoutTheRuntimeThereIsNoDescriptor() {
    Output out = SlipwayCompiler.compile(Map.of(), ORDERS);

    assertThat(out.compilation()).succeeded();
    assertThat(out.compilation().generatedSourceFiles()).isEmpty();
  }

  /**
   * A build tool that recompiles only the changed class (an IDE, Gradle) leaves the other
   * descriptors in the class output and regenerates the changed one: each is generated from its own
   * class, not from a list of the compile's services.
   */
  @Test
  void aPartialRecompileRegeneratesOnlyTheChangedServicesDescriptor(@TempDir Path dir)
      throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    assertThat(compile(classes, dir.resolve("gen1"), RUNTIME, ORDERS, CART)).isTrue();
    JavaFileObject cartChanged =
        JavaFileObjects.forSourceString(
            "com.acme.Shop",
            """
        package com.acme;

        import dev.slipway.annotations.*;

        public final class Shop {
          @Service(image = "ghcr.io/acme/cart:1.0.1", team = "checkout")
          @HealthCheck
          public static final class CartService {}
        }
        """);
    assertThat(compile(classes, dir.resolve("gen2"), cartChanged)).isTrue();

    try (URLClassLoader loader =
        new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null)) {
      assertThat(team(loader, "com.acme.orders.OrdersService_SlipwayDescriptor"))
          .isEqualTo("commerce");
      assertThat(team(loader, "com.acme.Shop_CartService_SlipwayDescriptor")).isEqualTo("checkout");
    }
  }

  /** Compiles {@code sources} with Slipway into {@code classes}, which is on the class path too. */
  private static boolean compile(Path classes, Path generated, JavaFileObject... sources)
      throws IOException {
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    Files.createDirectories(generated);
    List<String> options =
        new java.util.ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-s",
                generated.toString(),
                "-classpath",
                classes + java.io.File.pathSeparator + System.getProperty("java.class.path")));
    if (javac.isSupportedOption("-proc:full") >= 0) {
      options.add("-proc:full");
    }
    javax.tools.JavaCompiler.CompilationTask task =
        javac.getTask(java.io.Writer.nullWriter(), null, d -> {}, options, null, List.of(sources));
    task.setProcessors(List.of(new SlipwayProcessor()));
    return task.call();
  }

  private static String team(ClassLoader loader, String descriptor)
      throws ReflectiveOperationException {
    Object instance = loader.loadClass(descriptor).getConstructor().newInstance();
    return (String) instance.getClass().getMethod("team").invoke(instance);
  }

  @Test
  void anErrorAnywhereInTheCompileMeansNoDescriptorAtAll(@TempDir Path classes) throws IOException {
    JavaFileObject both =
        JavaFileObjects.forSourceString(
            "com.acme.cart.CartService",
            """
        package com.acme.cart;

        import dev.slipway.annotations.*;

        @Service(image = "ghcr.io/acme/cart:1.0.0", team = "commerce")
        @HealthCheck
        @Canary
        @BlueGreen
        public final class CartService {}
        """);

    assertThat(SlipwayCompiler.compileTo(classes, RUNTIME, ORDERS, both)).isFalse();

    try (Stream<Path> written = Files.walk(classes)) {
      assertThat(
              written
                  .filter(
                      p -> p.toString().contains("Slipway") || p.toString().contains("META-INF"))
                  .toList())
          .isEmpty();
    }
  }
}
