package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keep-alive connections as load balancers and Prometheus use them: responses do not wait for the
 * client's delayed ACK, which with Nagle's algorithm on holds every body back 40 ms or more after
 * its headers; a JVM where that cannot be had refuses to start and says why; and connections stay
 * open however many there are. Speed targets are the load benchmark's ({@code bench/load.sh}); this
 * only tells a stall from none.
 */
class JdkServerSettingsTest {

  private static final int REQUESTS = 50;

  /** Half of Linux's shortest delayed ACK: a stalled request is never faster. */
  private static final Duration STALL = Duration.ofMillis(20);

  private SlipwayRuntime runtime;

  @AfterEach
  void stop() {
    if (runtime != null) {
      runtime.shutdown();
    }
  }

  @Test
  void routesProbesAndScrapeAnswerKeepAliveRequestsWithoutDelayedAckStall() throws Exception {
    runtime =
        SlipwayRuntime.of(TestDescriptor.onePort(), TestDescriptor.EPHEMERAL_LOOPBACK)
            .route("GET", "/orders/{id}", exchange -> Router.respond(exchange, 200, "{\"id\":1}"));
    runtime.start();
    int port = runtime.localPort(8080);

    for (String path : List.of("/orders/1", "/health/ready", "/health/live", "/metrics")) {
      assertNoStall(port, path);
    }
  }

  @Test
  void moreThanTwoHundredKeepAliveConnectionsStayOpen() throws Exception {
    runtime = SlipwayRuntime.of(TestDescriptor.onePort(), TestDescriptor.EPHEMERAL_LOOPBACK);
    runtime.start();
    int port = runtime.localPort(8080);
    // the JDK's default cap is 200 idle connections; past it, each one is closed after its response
    List<KeepAliveConnection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < 250; i++) {
        KeepAliveConnection connection = new KeepAliveConnection(port);
        connections.add(connection);
        assertEquals(200, connection.get("/health/live").status());
      }
      for (int i = 0; i < connections.size(); i++) {
        assertEquals(
            200,
            connections.get(i).get("/health/live").status(),
            "second request on connection " + i);
      }
    } finally {
      for (KeepAliveConnection connection : connections) {
        connection.close();
      }
    }
  }

  @Test
  void anotherHttpServerCreatedFirstStopsTheStartWithTheFix() throws Exception {
    try (ChildJvm child =
        ChildJvm.start(OtherServerFirst.class, List.of(), environment(ChildJvm.freePort()))) {
      assertTrue(child.awaitExit(Duration.ofSeconds(30)), child.output());
      assertNotEquals(0, child.exitValue(), child.output());
      assertTrue(
          child.output().contains("TCP_NODELAY is off")
              && child.output().contains("Start the JVM with -Dsun.net.httpserver.nodelay=true"),
          child.output());
    }
  }

  @Test
  void withTheJvmOptionAnotherHttpServerCreatedFirstDoesNotMatter() throws Exception {
    int port = ChildJvm.freePort();
    try (ChildJvm child =
        ChildJvm.start(
            OtherServerFirst.class,
            List.of("-Dsun.net.httpserver.nodelay=true"),
            environment(port))) {
      assertTrue(child.awaitOutput("test started", Duration.ofSeconds(30)), child.output());
      assertNoStall(port, "/health/ready");
      assertNoStall(port, "/metrics");
    }
  }

  /** Creates an HttpServer, as a Java agent or a library may, before the Slipway runtime. */
  static final class OtherServerFirst {
    public static void main(String[] args) throws Exception {
      // creating one is enough: the JDK reads its settings then
      HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      SlipwayRuntime.of(TestDescriptor.onePort(), System.getenv()).start();
    }
  }

  private static Map<String, String> environment(int port) {
    return Map.of("PORT", Integer.toString(port), "BIND_ADDRESS", "127.0.0.1");
  }

  /**
   * Times the body's wait for its headers, where the stall is, rather than the whole request, which
   * a loaded machine can slow down as much.
   */
  private static void assertNoStall(int port, String path) throws Exception {
    long[] headersToBody = new long[REQUESTS];
    long begin = System.nanoTime();
    try (KeepAliveConnection connection = new KeepAliveConnection(port)) {
      for (int i = 0; i < REQUESTS; i++) {
        KeepAliveConnection.Response response = connection.get(path);
        assertEquals(200, response.status(), path);
        headersToBody[i] = response.headersToBody().toNanos();
      }
    }
    Duration all = Duration.ofNanos(System.nanoTime() - begin);
    Arrays.sort(headersToBody);
    Duration median = Duration.ofNanos(headersToBody[REQUESTS / 2]);
    assertTrue(
        median.compareTo(STALL) < 0,
        REQUESTS
            + " keep-alive requests for "
            + path
            + " in "
            + all
            + ": the body followed the headers after "
            + median
            + " (median), "
            + Duration.ofNanos(headersToBody[REQUESTS - 1])
            + " (max)");
  }
}
