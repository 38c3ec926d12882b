package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A real SIGTERM to a service in its own JVM, as the kubelet sends it, with the JDK's default
 * logging (java.util.logging to stderr): a one-second drain in a three-second grace period, and a
 * request that outlives the grace period.
 */
class SigtermShutdownTest {

  private static final Duration DRAIN = Duration.ofSeconds(1);
  private static final Duration GRACE_PERIOD = Duration.ofSeconds(3);

  /** The service: a route that answers at once and one that takes longer than the grace period. */
  static final class Service {
    public static void main(String[] args) throws Exception {
      SlipwayRuntime.of(new TestDescriptor(8080, 8080, 8080, DRAIN, GRACE_PERIOD), System.getenv())
          .route("GET", "/fast", exchange -> Router.respond(exchange, 200, "{}"))
          .route(
              "GET",
              "/stuck",
              exchange -> {
                System.out.println("stuck request arrived");
                try {
                  Thread.sleep(60_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                Router.respond(exchange, 200, "{}");
              })
          .start();
    }
  }

  @Test
  void sigtermDrainsLogsEachStepAndExitsWith143WithinTheGracePeriod() throws Exception {
    int port = ChildJvm.freePort();
    try (ChildJvm child =
        ChildJvm.start(
            Service.class,
            List.of(),
            Map.of("PORT", Integer.toString(port), "BIND_ADDRESS", "127.0.0.1"))) {
      assertTrue(child.awaitOutput("test started", Duration.ofSeconds(30)), child.output());
      CompletableFuture<HttpResponse<String>> stuck =
          HttpClient.newHttpClient()
              .sendAsync(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stuck")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertTrue(
          child.awaitOutput("stuck request arrived", Duration.ofSeconds(10)), child.output());

      long begin = System.nanoTime();
      child.terminate();

      assertEquals(503, awaitReadinessStatus(port, 503), child.output());
      Duration readinessDropped = elapsed(begin);
      assertEquals(
          200, Http.get(port, "/health/live").statusCode(), "liveness stays up while draining");
      assertEquals(
          200, Http.get(port, "/fast").statusCode(), "new requests are served while draining");
      assertTrue(child.awaitExit(GRACE_PERIOD.multipliedBy(3)), child.output());
      Duration exited = elapsed(begin);

      String log = child.output();
      assertEquals(143, child.exitValue(), "128 + SIGTERM, as the JVM's own handler exits\n" + log);
      assertTrue(
          readinessDropped.toMillis() < 500,
          "readiness failed " + readinessDropped + " after SIGTERM");
      // the drain, then the wait for the stuck request until one second before the grace period
      // ends
      assertTrue(
          exited.compareTo(GRACE_PERIOD.minus(SlipwayRuntime.EXIT_RESERVE)) >= 0,
          "exited after " + exited);
      assertTrue(
          exited.compareTo(GRACE_PERIOD) < 0,
          "exited after " + exited + ", past the grace period\n" + log);
      assertThrows(
          Exception.class, () -> stuck.get(5, TimeUnit.SECONDS), "the stuck request was cut");

      assertLogged(
          log,
          "test draining on SIGTERM: readiness answers 503, serving for PT1S; \\d+ requests? in flight");
      assertLogged(
          log,
          "test drain period over: waiting for 1 request in flight,"
              + " at most until one second before the grace period ends");
      assertLogged(
          log,
          "WARNING: test: 1 request still in flight one second before the grace period ends;"
              + " stopping cuts them");
      assertLogged(log, "test stopped after \\d+ ms");
    }
  }

  @Test
  void jvmThatKeepsSigtermToItselfGetsAWarningAtStart() throws Exception {
    try (ChildJvm child =
        ChildJvm.start(
            Service.class, List.of("-Xrs"), Map.of("PORT", "0", "BIND_ADDRESS", "127.0.0.1"))) {
      assertTrue(child.awaitOutput("test started", Duration.ofSeconds(30)), child.output());
      assertLogged(
          child.output(),
          "WARNING: cannot handle SIGTERM \\(java.lang.IllegalArgumentException: .*\\):"
              + " the drain is left to the shutdown hook");
    }
  }

  private static void assertLogged(String log, String regex) {
    assertTrue(
        Pattern.compile(regex).matcher(log).find(),
        "no line matching\n  " + regex + "\nin\n" + log);
  }

  private static int awaitReadinessStatus(int port, int status) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      int answered = Http.get(port, "/health/ready").statusCode();
      if (answered == status || System.nanoTime() > deadline) {
        return answered;
      }
      Thread.sleep(5);
    }
  }

  private static Duration elapsed(long begin) {
    return Duration.ofNanos(System.nanoTime() - begin);
  }
}
