package dev.slipway.runtime;

import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times the exchanges of a JDK {@code HttpServer} as {@code http.server.requests}, which the
 * Prometheus registry exposes as {@code http_server_requests_seconds_{bucket,count,sum,max}}, the
 * name and labels Micrometer gives it in Spring Boot, Quarkus and Micronaut: {@code method}, {@code
 * uri}, {@code status} and {@code outcome}.
 *
 * <p>{@code uri} is the route template a handler serves ({@code /orders/{id}}), never the raw
 * request path, so ids in paths cannot explode the number of series. The histogram has exactly the
 * given bucket boundaries (the descriptor's, which include every latency threshold the generated
 * alerts use).
 *
 * <p>A handler that throws before answering, or returns without answering, gets a 500 response and
 * is recorded as one.
 */
public final class HttpServerMetrics {

  public static final String METRIC_NAME = "http.server.requests";

  private static final System.Logger LOG = System.getLogger(HttpServerMetrics.class.getName());

  /** Methods kept as they are; anything else is {@code UNKNOWN}, so clients cannot add series. */
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  /** A series: the method already folded to the standard ones, so clients cannot add keys. */
  private record Series(String method, String uri, int status) {}

  private final MeterRegistry registry;
  private final Duration[] buckets;

  /** The registry's own lookup builds an id and sorts its tags on every request. */
  private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

  public HttpServerMetrics(MeterRegistry registry, List<Duration> buckets) {
    this.registry = registry;
    this.buckets = buckets.toArray(Duration[]::new);
  }

  /**
   * {@code handler}, timed with {@code uriTemplate} as the {@code uri} label. For a plain {@code
   * HttpServer}: {@code server.createContext("/orders", metrics.timed("/orders", handler))}.
   */
  public HttpHandler timed(String uriTemplate, HttpHandler handler) {
    return exchange -> {
      long start = System.nanoTime();
      try {
        handler.handle(exchange);
        if (exchange.getResponseCode() == -1) {
          LOG.log(Level.ERROR, "handler of " + uriTemplate + " sent no response");
          Router.respond(exchange, 500, "{\"error\":\"internal error\"}");
        }
      } catch (IOException | RuntimeException e) {
        if (exchange.getResponseCode() != -1) {
          throw e; // the status is out already; the server drops the connection
        }
        LOG.log(Level.ERROR, "handler of " + uriTemplate + " failed", e);
        Router.respond(exchange, 500, "{\"error\":\"internal error\"}");
      } finally {
        record(
            exchange.getRequestMethod(),
            uriTemplate,
            exchange.getResponseCode(),
            System.nanoTime() - start);
      }
    };
  }

  private void record(String method, String uri, int status, long nanos) {
    Series series = new Series(METHODS.contains(method) ? method : "UNKNOWN", uri, status);
    timers.computeIfAbsent(series, this::register).record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer register(Series series) {
    return Timer.builder(METRIC_NAME)
        .description("HTTP server requests")
        .tag("method", series.method())
        .tag("uri", series.uri())
        .tag("status", series.status() == -1 ? "UNKNOWN" : Integer.toString(series.status()))
        .tag("outcome", Outcome.forStatus(series.status()).name())
        .serviceLevelObjectives(buckets)
        .register(registry);
  }
}
