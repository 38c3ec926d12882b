package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DescriptorLookupTest {

  /** Stands for an annotated service class; its descriptor is registered in test resources. */
  static final class LookupService {}

  /** What the processor would generate for {@link LookupService}. */
  public static final class LookupServiceSlipway implements ServiceDescriptor {
    @Override public String serviceClass() { return LookupService.class.getName(); }
    @Override public String name() { return "lookup"; }
    @Override public String team() { return "testers"; }
    @Override public int port() { return 8080; }
    @Override public int healthPort() { return 8080; }
    @Override public String livenessPath() { return "/live"; }
    @Override public String readinessPath() { return "/ready"; }
    @Override public String startupPath() { return ""; }
    @Override public String metricsPath() { return "/metrics"; }
    @Override public int metricsPort() { return 8080; }
    @Override public double availabilityObjective() { return 99.9; }
    @Override public Duration latencyThreshold() { return Duration.ofMillis(500); }
    @Override public java.util.List<Duration> latencyBuckets() { return java.util.List.of(Duration.ofMillis(500)); }
    @Override public Duration drain() { return Duration.ofSeconds(10); }
    @Override public Duration gracePeriod() { return Duration.ofSeconds(30); }
  }

  @Test
  void findsTheRegisteredDescriptorOfAClass() {
    assertEquals("lookup", ServiceDescriptor.of(LookupService.class).name());
  }

  @Test
  void explainsAMissingDescriptor() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ServiceDescriptor.of(String.class));
    assertTrue(e.getMessage().contains("No Slipway descriptor for java.lang.String"), e.getMessage());
  }

  @Test
  void serviceWithoutStartupPathHasNoStartupEndpoint() throws Exception {
    SlipwayRuntime runtime = SlipwayRuntime.of(new LookupServiceSlipway(), TestDescriptor.EPHEMERAL_LOOPBACK);
    runtime.start();
    try {
      int port = runtime.localPort(8080);
      assertEquals(200, Http.get(port, "/ready").statusCode());
      assertEquals(404, Http.get(port, "/health/started").statusCode());
    } finally {
      Thread shutdown = new Thread(runtime::shutdown);
      shutdown.start(); // a ten-second drain: the test does not wait for it
    }
  }
}
