package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shutdown sequence with a one-second drain in a three-second grace period. */
class GracefulShutdownTest {

  private final CountDownLatch slowRequestArrived = new CountDownLatch(1);

  private SlipwayRuntime startWithSlowRoute(Duration slowness) throws IOException {
    return startWithSlowRoute(slowness, TestDescriptor.onePort());
  }

  private SlipwayRuntime startWithSlowRoute(Duration slowness, TestDescriptor descriptor)
      throws IOException {
    SlipwayRuntime runtime =
        SlipwayRuntime.of(descriptor, TestDescriptor.EPHEMERAL_LOOPBACK)
            .route("GET", "/fast", exchange -> Router.respond(exchange, 200, "{}"))
            .route(
                "GET",
                "/slow",
                exchange -> {
                  slowRequestArrived.countDown();
                  try {
                    Thread.sleep(slowness.toMillis());
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  Router.respond(exchange, 200, "{\"slow\":true}");
                });
    runtime.start();
    return runtime;
  }

  @Test
  void readinessFailsAtOnceWhileServingContinuesForTheDrainThenInFlightRequestsFinish()
      throws Exception {
    // a five-second grace period: stopping at its deadline (4 s) is told apart from stopping once
    // idle
    SlipwayRuntime runtime =
        startWithSlowRoute(
            Duration.ofMillis(1500),
            new TestDescriptor(8080, 8080, 8080, Duration.ofSeconds(1), Duration.ofSeconds(5)));
    int port = runtime.localPort(8080);
    CompletableFuture<HttpResponse<String>> slow = sendAsync(port, "/slow");
    assertTrue(slowRequestArrived.await(5, TimeUnit.SECONDS));

    long begin = System.nanoTime();
    CompletableFuture<Void> shutdown = CompletableFuture.runAsync(runtime::shutdown);

    var ready = awaitReadinessStatus(port, 503);
    assertEquals("{\"status\":\"DRAINING\"}", ready.body());
    assertTrue(elapsed(begin).toMillis() < 1000, "readiness failed after " + elapsed(begin));
    assertEquals(
        200, Http.get(port, "/health/live").statusCode(), "liveness stays up while draining");
    assertEquals(200, Http.get(port, "/fast").statusCode(), "still serving while draining");
    assertEquals(
        200, Http.get(port, "/health/started").statusCode(), "startup stays up while draining");

    shutdown.get(10, TimeUnit.SECONDS);
    Duration took = elapsed(begin);
    assertEquals(200, slow.get(1, TimeUnit.SECONDS).statusCode(), "the in-flight request finished");
    assertTrue(
        took.compareTo(Duration.ofMillis(1400)) >= 0, "waited for the in-flight request: " + took);
    assertTrue(
        took.compareTo(Duration.ofMillis(3000)) < 0,
        "stopped once idle, not at the deadline: " + took);
    assertThrows(IOException.class, () -> Http.get(port, "/health/live"), "stopped");
  }

  @Test
  void requestThatOutlivesTheGracePeriodDoesNotDelayTheStop() throws Exception {
    SlipwayRuntime runtime = startWithSlowRoute(Duration.ofSeconds(20));
    int port = runtime.localPort(8080);
    CompletableFuture<HttpResponse<String>> slow = sendAsync(port, "/slow");
    assertTrue(slowRequestArrived.await(5, TimeUnit.SECONDS));

    long begin = System.nanoTime();
    runtime.shutdown();
    Duration took = elapsed(begin);

    // drain (1s) + in-flight wait until one second before the 3s grace period ends
    assertTrue(took.compareTo(Duration.ofMillis(1900)) >= 0, "took " + took);
    assertTrue(took.compareTo(Duration.ofMillis(2900)) < 0, "took " + took);
    assertThrows(Exception.class, () -> slow.get(5, TimeUnit.SECONDS), "the slow request was cut");
  }

  @Test
  void secondShutdownWaitsForTheFirstAndNeverStartedRuntimeStopsAtOnce() throws Exception {
    SlipwayRuntime runtime = startWithSlowRoute(Duration.ZERO);
    CompletableFuture<Void> first = CompletableFuture.runAsync(runtime::shutdown);
    Thread.sleep(100);
    long begin = System.nanoTime();
    runtime.shutdown();
    assertTrue(
        elapsed(begin).toMillis() >= 700, "waited for the first call's drain: " + elapsed(begin));
    first.get(1, TimeUnit.SECONDS);

    SlipwayRuntime neverStarted =
        SlipwayRuntime.of(TestDescriptor.onePort(), TestDescriptor.EPHEMERAL_LOOPBACK);
    begin = System.nanoTime();
    neverStarted.shutdown();
    assertTrue(elapsed(begin).toMillis() < 100);
  }

  private static HttpResponse<String> awaitReadinessStatus(int port, int status) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (true) {
      var response = Http.get(port, "/health/ready");
      if (response.statusCode() == status || System.nanoTime() > deadline) {
        return response;
      }
      Thread.sleep(10);
    }
  }

  private static CompletableFuture<HttpResponse<String>> sendAsync(int port, String path) {
    return HttpClient.newHttpClient()
        .sendAsync(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static Duration elapsed(long begin) {
    return Duration.ofNanos(System.nanoTime() - begin);
  }
}
