package dev.slipway.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.slipway.processor.SlipwayCompiler;
import dev.slipway.processor.SlipwayProcessor;
import dev.slipway.runtime.ServiceDescriptor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor writes a descriptor per service when, and only when, the runtime can use it. */
class DescriptorProcessingTest {

  private static final JavaFileObject ORDERS = JavaFileObjects.forSourceString("com.acme.orders.OrdersService", """
      package com.acme.orders;

      import dev.slipway.annotations.*;

      @Service(image = "ghcr.io/acme/orders:1.4.2", team = "commerce", port = 8081, drain = "5s")
      @HealthCheck(liveness = "/live", readiness = "/ready", startup = "")
      @Canary(maxLatencyP99 = "400ms")
      @Slo(latency = "200ms")
      public final class OrdersService {}
      """);

  private static final JavaFileObject PAYMENTS = JavaFileObjects.forSourceString("com.acme.payments.PaymentsService", """
      package com.acme.payments;

      import dev.slipway.annotations.*;

      @Service(image = "ghcr.io/acme/payments:2.0.1", team = "payments")
      @HealthCheck
      public final class PaymentsService {}
      """);

  private static final String SERVICES_FILE = "META-INF/services/dev.slipway.runtime.ServiceDescriptor";

  @Test
  void eachServiceGetsADescriptorRegisteredForServiceLoader() {
    Compilation compilation = javac().withProcessors(new SlipwayProcessor()).compile(ORDERS, PAYMENTS);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.acme.orders.OrdersServiceSlipway");
    assertThat(compilation).generatedSourceFile("com.acme.payments.PaymentsServiceSlipway");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES_FILE)
        .contentsAsUtf8String()
        .isEqualTo("com.acme.orders.OrdersServiceSlipway\ncom.acme.payments.PaymentsServiceSlipway\n");
  }

  @Test
  void compiledDescriptorAnswersWhatTheAnnotationsSay() throws Exception {
    Compilation compilation = javac().withProcessors(new SlipwayProcessor()).compile(ORDERS);

    ServiceDescriptor orders = (ServiceDescriptor) new GeneratedClasses(compilation)
        .loadClass("com.acme.orders.OrdersServiceSlipway").getDeclaredConstructor().newInstance();

    assertEquals("com.acme.orders.OrdersService", orders.serviceClass());
    assertEquals("orders", orders.name());
    assertEquals(8081, orders.port());
    assertEquals(8081, orders.healthPort());
    assertEquals(8081, orders.metricsPort());
    assertEquals("/live", orders.livenessPath());
    assertEquals("/ready", orders.readinessPath());
    assertEquals("", orders.startupPath());
    assertEquals("/metrics", orders.metricsPath());
    assertEquals(99.9, orders.availabilityObjective());
    assertEquals(Duration.ofMillis(200), orders.latencyThreshold());
    assertTrue(orders.latencyBuckets().containsAll(List.of(Duration.ofMillis(200), Duration.ofMillis(400))));
    assertEquals(Duration.ofSeconds(5), orders.drain());
    assertEquals(Duration.ofSeconds(30), orders.gracePeriod());
  }

  @Test
  void generatedDescriptorCompilesWithoutAnyLintWarning() {
    Compilation withProcessor = javac().withProcessors(new SlipwayProcessor()).compile(ORDERS);
    JavaFileObject descriptor = withProcessor.generatedSourceFile("com.acme.orders.OrdersServiceSlipway").orElseThrow();

    Compilation alone = javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(ORDERS, descriptor);

    assertThat(alone).succeededWithoutWarnings();
  }

  @Test
  void anErrorAnywhereInTheCompileMeansNoDescriptorAtAll(@TempDir Path classes) throws IOException {
    JavaFileObject both = JavaFileObjects.forSourceString("com.acme.cart.CartService", """
        package com.acme.cart;

        import dev.slipway.annotations.*;

        @Service(image = "ghcr.io/acme/cart:1.0.0", team = "commerce")
        @HealthCheck
        @Canary
        @BlueGreen
        public final class CartService {}
        """);

    assertFalse(SlipwayCompiler.compileTo(classes, ORDERS, both));

    try (Stream<Path> written = Files.walk(classes)) {
      assertEquals(List.of(classes), written.toList(), "not even the valid service's descriptor");
    }
  }

  @Test
  void withoutTheRuntimeOnTheClassPathNothingIsGenerated() {
    List<File> withoutRuntime = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("slipway-runtime") && !entry.replace('\\', '/').contains("runtime/target/classes"))
        .map(File::new)
        .toList();

    Compilation compilation =
        javac().withClasspath(withoutRuntime).withProcessors(new SlipwayProcessor()).compile(ORDERS);

    assertThat(compilation).succeeded();
    assertTrue(compilation.generatedSourceFiles().isEmpty(), compilation.generatedSourceFiles().toString());
    assertTrue(compilation.generatedFiles().stream().noneMatch(f -> f.getName().endsWith(SERVICES_FILE)));
  }

  /** Loads the classes a compilation wrote, with this test's class path as parent. */
  private static final class GeneratedClasses extends ClassLoader {
    private final Compilation compilation;

    GeneratedClasses(Compilation compilation) {
      super(DescriptorProcessingTest.class.getClassLoader());
      this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = compilation
          .generatedFile(StandardLocation.CLASS_OUTPUT, name.replace('.', '/') + ".class")
          .orElseThrow(() -> new ClassNotFoundException(name));
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
