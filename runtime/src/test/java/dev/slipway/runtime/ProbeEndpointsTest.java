package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProbeEndpointsTest {

  private SlipwayRuntime runtime;

  @AfterEach
  void stop() {
    runtime.shutdown();
  }

  @Test
  void probesAnswerUpWithJsonAtTheDescriptorPaths() throws Exception {
    runtime = SlipwayRuntime.of(TestDescriptor.onePort(), TestDescriptor.EPHEMERAL_LOOPBACK);
    runtime.start();
    int port = runtime.localPort(8080);

    for (String path : new String[] {"/health/live", "/health/ready", "/health/started"}) {
      var response = Http.get(port, path);
      assertEquals(200, response.statusCode(), path);
      assertEquals("{\"status\":\"UP\"}", response.body(), path);
      assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    }
  }

  @Test
  void failingReadinessCheckFailsReadinessButNotLiveness() throws Exception {
    AtomicBoolean databaseUp = new AtomicBoolean(true);
    runtime =
        SlipwayRuntime.of(TestDescriptor.onePort(), TestDescriptor.EPHEMERAL_LOOPBACK)
            .readinessCheck("database", databaseUp::get)
            .readinessCheck("cache \"eu\"", () -> true);
    runtime.start();
    int port = runtime.localPort(8080);
    assertEquals(200, Http.get(port, "/health/ready").statusCode());

    databaseUp.set(false);

    var ready = Http.get(port, "/health/ready");
    assertEquals(503, ready.statusCode());
    assertEquals(
        "{\"status\":\"DOWN\",\"checks\":{\"cache \\\"eu\\\"\":\"UP\",\"database\":\"DOWN\"}}",
        ready.body());
    assertEquals(200, Http.get(port, "/health/live").statusCode());
    assertEquals(200, Http.get(port, "/health/started").statusCode());
  }

  @Test
  void checkThatThrowsIsDownWithoutLeakingTheMessage() throws Exception {
    runtime =
        SlipwayRuntime.of(TestDescriptor.onePort(), TestDescriptor.EPHEMERAL_LOOPBACK)
            .readinessCheck(
                "database",
                () -> {
                  throw new IllegalStateException("jdbc:postgresql://secret-host/orders refused");
                });
    runtime.start();

    var ready = Http.get(runtime.localPort(8080), "/health/ready");
    assertEquals(503, ready.statusCode());
    assertEquals("{\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\"}}", ready.body());
  }

  @Test
  void separateManagementAndMetricsPortsServeOnlyTheirOwnPaths() throws Exception {
    runtime =
        SlipwayRuntime.of(
            new TestDescriptor(8080, 8081, 9090, Duration.ofSeconds(1), Duration.ofSeconds(3)),
            TestDescriptor.EPHEMERAL_LOOPBACK);
    runtime.route("GET", "/hello", exchange -> Router.respond(exchange, 200, "{}"));
    runtime.start();
    int service = runtime.localPort(8080);
    int management = runtime.localPort(8081);
    int metrics = runtime.localPort(9090);

    assertEquals(200, Http.get(management, "/health/ready").statusCode());
    assertEquals(200, Http.get(metrics, "/metrics").statusCode());
    assertEquals(200, Http.get(service, "/hello").statusCode());
    assertEquals(404, Http.get(service, "/health/ready").statusCode());
    assertEquals(404, Http.get(service, "/metrics").statusCode());
    assertEquals(404, Http.get(management, "/hello").statusCode());
    assertEquals(404, Http.get(metrics, "/health/live").statusCode());
  }

  @Test
  void aPortInUseFailsTheStartAndReleasesThePortsAlreadyBound() throws Exception {
    runtime = SlipwayRuntime.of(TestDescriptor.onePort(), TestDescriptor.EPHEMERAL_LOOPBACK);
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      SlipwayRuntime clash =
          SlipwayRuntime.of(
              new TestDescriptor(8080, 8081, 8081, Duration.ofSeconds(1), Duration.ofSeconds(3)),
              java.util.Map.of(
                  "PORT",
                  "0",
                  "MANAGEMENT_PORT",
                  Integer.toString(taken.getLocalPort()),
                  "BIND_ADDRESS",
                  "127.0.0.1"));

      assertThrows(java.net.BindException.class, clash::start);
      assertThrows(
          IllegalArgumentException.class, () -> clash.localPort(8080), "no server left bound");
    }
    runtime.start();
  }

  @Test
  void probesAcceptOnlyGet() throws Exception {
    runtime = SlipwayRuntime.of(TestDescriptor.onePort(), TestDescriptor.EPHEMERAL_LOOPBACK);
    runtime.start();

    var response = Http.send("POST", runtime.localPort(8080), "/health/live");
    assertEquals(405, response.statusCode());
    assertEquals("GET", response.headers().firstValue("Allow").orElseThrow());
  }
}
