package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorLookupTest {

  /**
   * Stands for an annotated service class; its descriptor, as the processor would generate it, is
   * {@link DescriptorLookupTest_LookupService_SlipwayDescriptor}.
   */
  static final class LookupService {}

  @Test
  void readsTheDescriptorWrittenForAClass() {
    ServiceDescriptor lookup = ServiceDescriptor.of(LookupService.class);

    assertEquals(LookupService.class.getName(), lookup.serviceClass());
    assertEquals("lookup", lookup.name());
    assertEquals("testers", lookup.team());
    assertEquals(8080, lookup.port());
    assertEquals(8081, lookup.healthPort());
    assertEquals("/live", lookup.livenessPath());
    assertEquals("/ready", lookup.readinessPath());
    assertEquals("", lookup.startupPath());
    assertEquals("/metrics", lookup.metricsPath());
    assertEquals(8081, lookup.metricsPort());
    assertEquals(99.95, lookup.availabilityObjective());
    assertEquals(Duration.ofMillis(300), lookup.latencyThreshold());
    assertEquals(
        List.of(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofSeconds(1)),
        lookup.latencyBuckets());
    assertEquals(Duration.ofSeconds(10), lookup.drain());
    assertEquals(Duration.ofSeconds(30), lookup.gracePeriod());
  }

  @Test
  void explainsAMissingDescriptor() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ServiceDescriptor.of(String.class));
    assertTrue(
        e.getMessage()
            .startsWith(
                "No Slipway descriptor for java.lang.String (no class java.lang.String_SlipwayDescriptor)"),
        e.getMessage());
  }

  @Test
  void namesTheDescriptorOfANestedClassWithoutDollar() {
    assertEquals(
        "com.acme.Shop_CartService_SlipwayDescriptor",
        ServiceDescriptor.descriptorClassName("com.acme.Shop$CartService"));
    assertEquals("Top_SlipwayDescriptor", ServiceDescriptor.descriptorClassName("Top"));
  }

  @Test
  void serviceWithoutStartupPathHasNoStartupEndpoint() throws Exception {
    SlipwayRuntime runtime =
        SlipwayRuntime.of(
            ServiceDescriptor.of(LookupService.class), TestDescriptor.EPHEMERAL_LOOPBACK);
    runtime.start();
    try {
      int port = runtime.localPort(8081);
      assertEquals(200, Http.get(port, "/ready").statusCode());
      assertEquals(404, Http.get(port, "/health/started").statusCode());
    } finally {
      Thread shutdown = new Thread(runtime::shutdown);
      shutdown.start(); // a ten-second drain: the test does not wait for it
    }
  }
}
