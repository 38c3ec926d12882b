package dev.slipway.runtime;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Times every exchange of a JDK {@code HttpServer} context as {@code http.server.requests}, which
 * the Prometheus registry exposes as {@code http_server_requests_seconds_{bucket,count,sum,max}},
 * the name and labels Micrometer gives it in Spring Boot, Quarkus and Micronaut: {@code method},
 * {@code uri}, {@code status} and {@code outcome}.
 *
 * <p>{@code uri} is the route template the handler stored in {@link #URI_ATTRIBUTE}, or else the
 * context path; never the raw request path, so a path with ids cannot explode the series count.
 * The histogram has exactly the given bucket boundaries (the descriptor's, which include every
 * latency threshold the generated alerts use).
 *
 * <p>A handler that throws before answering, or returns without answering, gets a 500 response
 * and is recorded as one.
 */
public final class HttpServerMetrics extends Filter {

  /** Exchange attribute holding the route template to use as the {@code uri} label. */
  public static final String URI_ATTRIBUTE = "dev.slipway.uri";

  /** Exchange attribute that, when {@code Boolean.TRUE}, leaves the exchange out of the metrics. */
  public static final String UNTIMED_ATTRIBUTE = "dev.slipway.untimed";

  public static final String METRIC_NAME = "http.server.requests";

  private static final System.Logger LOG = System.getLogger(HttpServerMetrics.class.getName());

  /** Methods kept as they are; anything else is {@code UNKNOWN}, so clients cannot add series. */
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  private final MeterRegistry registry;
  private final Duration[] buckets;

  public HttpServerMetrics(MeterRegistry registry, List<Duration> buckets) {
    this.registry = registry;
    this.buckets = buckets.toArray(Duration[]::new);
  }

  @Override
  public String description() {
    return "http_server_requests_seconds timing";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    long start = System.nanoTime();
    try {
      chain.doFilter(exchange);
      if (exchange.getResponseCode() == -1) {
        LOG.log(Level.ERROR, "handler for " + exchange.getRequestURI().getPath() + " sent no response");
        Router.respond(exchange, 500, "{\"error\":\"internal error\"}");
      }
    } catch (IOException | RuntimeException e) {
      if (exchange.getResponseCode() != -1) {
        throw e; // the status is out already; the server drops the connection
      }
      LOG.log(Level.ERROR, "handler for " + exchange.getRequestURI().getPath() + " failed", e);
      Router.respond(exchange, 500, "{\"error\":\"internal error\"}");
    } finally {
      record(exchange, System.nanoTime() - start);
    }
  }

  private void record(HttpExchange exchange, long nanos) {
    if (Boolean.TRUE.equals(exchange.getAttribute(UNTIMED_ATTRIBUTE))) {
      return;
    }
    int status = exchange.getResponseCode();
    Object uri = exchange.getAttribute(URI_ATTRIBUTE);
    String method = exchange.getRequestMethod();
    Timer.builder(METRIC_NAME)
        .description("HTTP server requests")
        .tag("method", METHODS.contains(method) ? method : "UNKNOWN")
        .tag("uri", uri instanceof String template ? template : exchange.getHttpContext().getPath())
        .tag("status", status == -1 ? "UNKNOWN" : Integer.toString(status))
        .tag("outcome", Outcome.forStatus(status).name())
        .serviceLevelObjectives(buckets)
        .register(registry)
        .record(Duration.ofNanos(nanos));
  }
}
