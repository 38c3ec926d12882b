package dev.slipway.processor.emit.runtime;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.JavaFileObjects;
import dev.slipway.processor.SlipwayCompiler;
import dev.slipway.processor.SlipwayCompiler.Output;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor writes a runtime descriptor per service when, and only when, the runtime can use
 * it, and generates no Java source for it.
 *
 * <p>The runtime is not on this module's class path: with it there, every processor test would
 * get descriptors. These compiles include a stand-in for the runtime's interface, which is all the
 * processor looks for.
 */
class RuntimeDescriptorProcessingTest {

  private static final JavaFileObject RUNTIME = JavaFileObjects.forSourceString(
      "dev.slipway.runtime.ServiceDescriptor", "package dev.slipway.runtime;\npublic interface ServiceDescriptor {}\n");

  private static final JavaFileObject ORDERS = JavaFileObjects.forSourceString("com.acme.orders.OrdersService", """
      package com.acme.orders;

      import dev.slipway.annotations.*;

      @Service(image = "ghcr.io/acme/orders:1.4.2", team = "commerce", port = 8081, drain = "5s")
      @HealthCheck(liveness = "/live", readiness = "/ready", startup = "", initialDelay = "20s")
      public final class OrdersService {}
      """);

  private static final JavaFileObject CART = JavaFileObjects.forSourceString("com.acme.Shop", """
      package com.acme;

      import dev.slipway.annotations.*;

      public final class Shop {
        @Service(image = "ghcr.io/acme/cart:1.0.0", team = "commerce")
        @HealthCheck
        public static final class CartService {}
      }
      """);

  @Test
  void eachServiceGetsADescriptorNamedAfterItsBinaryNameAndNoSource() throws IOException {
    Output out = SlipwayCompiler.compile(RUNTIME, ORDERS, CART);

    assertThat(out.compilation()).succeededWithoutWarnings();
    assertEquals(
        List.of("runtime/com.acme.Shop$CartService.properties", "runtime/com.acme.orders.OrdersService.properties"),
        out.files().keySet().stream().filter(path -> path.startsWith("runtime/")).toList());
    assertEquals(List.of(), out.compilation().generatedSourceFiles());
    Properties orders = properties(out, "runtime/com.acme.orders.OrdersService.properties");
    assertEquals("com.acme.orders.OrdersService", orders.getProperty("serviceClass"));
    assertEquals("8081", orders.getProperty("port"));
    assertEquals("/live", orders.getProperty("livenessPath"));
    assertEquals("", orders.getProperty("startupPath"));
    assertEquals("PT5S", orders.getProperty("drain"));
    assertEquals(
        "com.acme.Shop$CartService",
        properties(out, "runtime/com.acme.Shop$CartService.properties").getProperty("serviceClass"));
  }

  @Test
  void withoutTheRuntimeThereIsNoDescriptor() {
    Output out = SlipwayCompiler.compile(Map.of(), ORDERS);

    assertThat(out.compilation()).succeeded();
    assertFalse(out.files().keySet().stream().anyMatch(path -> path.startsWith("runtime/")), out.files().keySet().toString());
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

    assertFalse(SlipwayCompiler.compileTo(classes, RUNTIME, ORDERS, both));

    try (Stream<Path> written = Files.walk(classes)) {
      assertEquals(List.of(classes), written.toList(), "not even the valid service's descriptor");
    }
  }

  private static Properties properties(Output out, String path) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(out.file(path)));
    return properties;
  }
}
