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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor writes a descriptor per service when, and only when, the runtime can use it.
 *
 * <p>The runtime is not on this module's class path: with it there, every compile of every
 * processor test would generate descriptors. These compiles include the runtime's real
 * {@code ServiceDescriptor} source instead, as a user's class path would provide it.
 */
class DescriptorProcessingTest {

  private static final JavaFileObject SERVICE_DESCRIPTOR = runtimeSource("dev/slipway/runtime/ServiceDescriptor.java");

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
    Compilation compilation = javac().withProcessors(new SlipwayProcessor()).compile(SERVICE_DESCRIPTOR, ORDERS, PAYMENTS);

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
    Compilation compilation = javac().withProcessors(new SlipwayProcessor()).compile(SERVICE_DESCRIPTOR, ORDERS);
    Object orders = new GeneratedClasses(compilation)
        .loadClass("com.acme.orders.OrdersServiceSlipway").getDeclaredConstructor().newInstance();

    assertEquals("com.acme.orders.OrdersService", call(orders, "serviceClass"));
    assertEquals("orders", call(orders, "name"));
    assertEquals(8081, call(orders, "port"));
    assertEquals(8081, call(orders, "healthPort"));
    assertEquals(8081, call(orders, "metricsPort"));
    assertEquals("/live", call(orders, "livenessPath"));
    assertEquals("/ready", call(orders, "readinessPath"));
    assertEquals("", call(orders, "startupPath"));
    assertEquals("/metrics", call(orders, "metricsPath"));
    assertEquals(99.9, call(orders, "availabilityObjective"));
    assertEquals(Duration.ofMillis(200), call(orders, "latencyThreshold"));
    assertTrue(((List<?>) call(orders, "latencyBuckets")).containsAll(List.of(Duration.ofMillis(200), Duration.ofMillis(400))));
    assertEquals(Duration.ofSeconds(5), call(orders, "drain"));
    assertEquals(Duration.ofSeconds(30), call(orders, "gracePeriod"));
  }

  @Test
  void generatedDescriptorCompilesWithoutAnyLintWarning() {
    Compilation withProcessor = javac().withProcessors(new SlipwayProcessor()).compile(SERVICE_DESCRIPTOR, ORDERS);
    JavaFileObject descriptor = withProcessor.generatedSourceFile("com.acme.orders.OrdersServiceSlipway").orElseThrow();

    Compilation alone =
        javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(SERVICE_DESCRIPTOR, ORDERS, descriptor);

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

    assertFalse(SlipwayCompiler.compileTo(classes, SERVICE_DESCRIPTOR, ORDERS, both));

    try (Stream<Path> written = Files.walk(classes)) {
      assertEquals(List.of(classes), written.toList(), "not even the valid service's descriptor");
    }
  }

  @Test
  void withoutTheRuntimeNothingIsGenerated() {
    Compilation compilation = javac().withProcessors(new SlipwayProcessor()).compile(ORDERS);

    assertThat(compilation).succeeded();
    assertTrue(compilation.generatedSourceFiles().isEmpty(), compilation.generatedSourceFiles().toString());
    assertTrue(compilation.generatedFiles().stream().noneMatch(f -> f.getName().endsWith(SERVICES_FILE)));
  }

  /** A source file of the runtime module, next to this one in the repository. */
  private static JavaFileObject runtimeSource(String path) {
    Path file = Path.of("..", "runtime", "src", "main", "java").resolve(path);
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return target.getClass().getMethod(method).invoke(target);
  }

  /** Loads the classes a compilation wrote, the runtime's interface among them. */
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
