package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DescriptorLookupTest {

  /** Stands for an annotated service class; its descriptor is in the test resources. */
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
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofSeconds(1)), lookup.latencyBuckets());
    assertEquals(Duration.ofSeconds(10), lookup.drain());
    assertEquals(Duration.ofSeconds(30), lookup.gracePeriod());
  }

  @Test
  void explainsAMissingDescriptor() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ServiceDescriptor.of(String.class));
    assertTrue(
        e.getMessage().startsWith(
            "No Slipway descriptor for java.lang.String (no META-INF/slipway/runtime/java.lang.String.properties)"),
        e.getMessage());
  }

  @Test
  void namesTheKeyAndTheFileOfAMissingOrMalformedValue() throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(
        "serviceClass=a.B\nname=b\nteam=t\nport=80\nhealthPort=80\nlivenessPath=/l\nreadinessPath=/r\n"
            + "startupPath=\nmetricsPath=/m\nmetricsPort=80\navailabilityObjective=99.9\n"
            + "latencyThreshold=300ms\nlatencyBuckets=PT1S\ndrain=PT1S\n"));

    IllegalStateException malformed =
        assertThrows(IllegalStateException.class, () -> DescriptorFile.parse(properties, "b.properties"));
    assertTrue(
        malformed.getMessage().startsWith("b.properties: 'latencyThreshold' is not an ISO 8601 duration: 300ms"),
        malformed.getMessage());

    properties.setProperty("latencyThreshold", "PT0.3S");
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> DescriptorFile.parse(properties, "b.properties"));
    assertTrue(missing.getMessage().startsWith("b.properties: 'gracePeriod' is missing"), missing.getMessage());
  }

  @Test
  void serviceWithoutStartupPathHasNoStartupEndpoint() throws Exception {
    SlipwayRuntime runtime =
        SlipwayRuntime.of(ServiceDescriptor.of(LookupService.class), TestDescriptor.EPHEMERAL_LOOPBACK);
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
