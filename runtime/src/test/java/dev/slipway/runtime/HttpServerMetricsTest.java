package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpServerMetricsTest {

  private SlipwayRuntime runtime;
  private int port;

  @BeforeEach
  void start() throws Exception {
    runtime =
        SlipwayRuntime.of(TestDescriptor.onePort(), TestDescriptor.EPHEMERAL_LOOPBACK)
            .route(
                "GET",
                "/orders/{id}",
                exchange ->
                    Router.respond(
                        exchange,
                        200,
                        "{\"id\":" + Json.quote(SlipwayRuntime.pathVariable(exchange, "id")) + "}"))
            .route("GET", "/orders/latest", exchange -> Router.respond(exchange, 204, ""))
            .route(
                "POST",
                "/orders",
                exchange -> {
                  throw new IllegalStateException("bug in the handler");
                })
            .route(
                "DELETE",
                "/orders/{id}",
                exchange -> {
                  // answers nothing at all
                });
    runtime.start();
    port = runtime.localPort(8080);
  }

  @AfterEach
  void stop() {
    runtime.shutdown();
  }

  @Test
  void requestsAreCountedByRouteTemplateNotByRawPath() throws Exception {
    assertEquals("{\"id\":\"1\"}", Http.get(port, "/orders/1").body());
    Http.get(port, "/orders/2");
    Http.get(port, "/orders/latest");

    String scrape = scrapeAfter(3);

    assertEquals(2.0, count(scrape, "GET", "/orders/{id}", "200", "SUCCESS"));
    assertEquals(1.0, count(scrape, "GET", "/orders/latest", "204", "SUCCESS"));
    assertFalse(scrape.contains("uri=\"/orders/1\""), scrape);
  }

  @Test
  void countsKeepGrowingAcrossScrapes() throws Exception {
    Http.get(port, "/orders/1");
    Http.get(port, "/metrics");
    Http.get(port, "/health/ready");
    Http.get(port, "/orders/2");
    Http.get(port, "/orders/3");

    assertEquals(3.0, count(scrapeAfter(3), "GET", "/orders/{id}", "200", "SUCCESS"));
  }

  @Test
  void concurrentRequestsSeeTheirOwnPathVariables() throws Exception {
    List<java.util.concurrent.CompletableFuture<String>> bodies = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int id = i;
      bodies.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return Http.get(port, "/orders/" + id).body();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    for (int i = 0; i < 40; i++) {
      assertEquals("{\"id\":\"" + i + "\"}", bodies.get(i).get());
    }
  }

  @Test
  void aPlainHttpServerContextIsTimedUnderItsOwnTemplate() throws Exception {
    var registry =
        new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
            io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
    var metrics = new HttpServerMetrics(registry, List.of(java.time.Duration.ofMillis(300)));
    var server =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/legacy", metrics.timed("/legacy", exchange -> Router.respond(exchange, 202, "{}")));
    server.start();
    try {
      Http.get(server.getAddress().getPort(), "/legacy/anything/42");
    } finally {
      server.stop(0);
    }

    String scrape = registry.scrape();
    assertEquals(1.0, count(scrape, "GET", "/legacy", "202", "SUCCESS"));
    assertTrue(scrape.contains("le=\"0.3\""), scrape);
  }

  @Test
  void failuresAreServerErrorsAndUnknownPathsAreNotFound() throws Exception {
    assertEquals(500, Http.send("POST", port, "/orders").statusCode());
    assertEquals(500, Http.send("DELETE", port, "/orders/7").statusCode());
    assertEquals(404, Http.get(port, "/no/such/path/42").statusCode());
    assertEquals(405, Http.send("PUT", port, "/orders/7").statusCode());
    Http.send("BREW", port, "/orders/7");

    String scrape = scrapeAfter(5);

    assertEquals(1.0, count(scrape, "POST", "/orders", "500", "SERVER_ERROR"));
    assertEquals(1.0, count(scrape, "DELETE", "/orders/{id}", "500", "SERVER_ERROR"));
    assertEquals(1.0, count(scrape, "GET", "NOT_FOUND", "404", "CLIENT_ERROR"));
    assertEquals(1.0, count(scrape, "PUT", "/orders/{id}", "405", "CLIENT_ERROR"));
    assertEquals(1.0, count(scrape, "UNKNOWN", "/orders/{id}", "405", "CLIENT_ERROR"));
  }

  @Test
  void histogramHasEveryDescriptorBucket() throws Exception {
    Http.get(port, "/orders/1");

    String scrape = scrapeAfter(1);

    // Every boundary is present; how many requests fall under the small ones depends on the
    // machine's speed, so only +Inf has a known count.
    String series =
        "http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\","
            + "status=\"200\",uri=\"/orders/{id}\",le=\"";
    for (String le : List.of("0.005", "0.1", "0.3", "0.5", "1.0", "2.5")) {
      assertTrue(
          Pattern.compile(Pattern.quote(series + le + "\"} ") + "[01]\\b").matcher(scrape).find(),
          "bucket le=" + le);
    }
    assertTrue(scrape.contains(series + "+Inf\"} 1"), scrape);
    assertTrue(scrape.contains("http_server_requests_seconds_sum{"), scrape);
    assertTrue(scrape.contains("http_server_requests_seconds_max{"), scrape);
  }

  @Test
  void probesAndScrapesAreNotServiceTraffic() throws Exception {
    Http.get(port, "/health/ready");
    Http.get(port, "/metrics");

    String scrape = Http.get(port, "/metrics").body();

    assertFalse(scrape.contains("uri=\"/health/ready\""), scrape);
    assertFalse(scrape.contains("uri=\"/metrics\""), scrape);
  }

  @Test
  void jvmAndProcessMetricsAreExposedInTheTextFormat() throws Exception {
    var response = Http.get(port, "/metrics");

    assertEquals(
        "text/plain; version=0.0.4; charset=utf-8",
        response.headers().firstValue("Content-Type").orElseThrow());
    for (String metric :
        List.of(
            "jvm_memory_used_bytes{",
            "jvm_gc_memory_allocated_bytes_total",
            "jvm_threads_live_threads",
            "process_cpu_usage",
            "process_uptime_seconds",
            "jvm_classes_loaded_classes",
            "system_cpu_count")) {
      assertTrue(response.body().contains(metric), metric);
    }
  }

  /**
   * A scrape once the runtime has recorded {@code requests} requests. It records a request after
   * its response is out, so a scrape right behind the last response can miss it; a real scraper
   * sees it at its next interval. Gives up after 5 s and returns the last scrape.
   */
  private String scrapeAfter(int requests) throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    String scrape = Http.get(port, "/metrics").body();
    while (recorded(scrape) < requests && System.nanoTime() < deadline) {
      Thread.sleep(10);
      scrape = Http.get(port, "/metrics").body();
    }
    return scrape;
  }

  /** The sum of every {@code http_server_requests_seconds_count}. */
  private static double recorded(String scrape) {
    Matcher m =
        Pattern.compile("(?m)^http_server_requests_seconds_count\\{.*} (\\S+)$").matcher(scrape);
    double total = 0;
    while (m.find()) {
      total += Double.parseDouble(m.group(1));
    }
    return total;
  }

  /** The value of {@code http_server_requests_seconds_count} with these labels, 0 when absent. */
  private static double count(
      String scrape, String method, String uri, String status, String outcome) {
    Matcher m =
        Pattern.compile(
                Pattern.quote(
                        "http_server_requests_seconds_count{method=\""
                            + method
                            + "\",outcome=\""
                            + outcome
                            + "\",status=\""
                            + status
                            + "\",uri=\""
                            + uri
                            + "\"} ")
                    + "(\\S+)")
            .matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
  }
}
