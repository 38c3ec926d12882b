package com.acme.orders;

import com.acme.faults.FaultInjection;
import com.sun.net.httpserver.HttpExchange;
import dev.slipway.annotations.Canary;
import dev.slipway.annotations.Egress;
import dev.slipway.annotations.Env;
import dev.slipway.annotations.Environment;
import dev.slipway.annotations.Expose;
import dev.slipway.annotations.HealthCheck;
import dev.slipway.annotations.Resources;
import dev.slipway.annotations.Scaling;
import dev.slipway.annotations.Service;
import dev.slipway.annotations.Slo;
import dev.slipway.runtime.SlipwayRuntime;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes orders and has them paid by the payments service. {@code POST /orders?amount=<cents>}
 * creates one; {@code GET /orders/<id>} reads it back.
 */
@Service(
    name = "orders",
    image = "ghcr.io/acme/orders:1.4.2",
    port = 8080,
    team = "commerce",
    resources = @Resources(cpu = "250m", memory = "256Mi", cpuLimit = "1", memoryLimit = "512Mi"),
    env = {
      @Env(name = "LOG_LEVEL", value = "info"),
      @Env(name = "PAYMENTS_URL", value = "http://payments:8080"),
      @Env(name = "DATABASE_URL", secret = "orders-db", key = "url")
    },
    dependsOn = {"payments"})
@Scaling(min = 3, max = 12, cpuUtilization = 70)
@HealthCheck(
    liveness = "/health/live",
    readiness = "/health/ready",
    startup = "/health/started",
    period = "10s",
    timeout = "2s",
    failureThreshold = 3)
@Canary(
    steps = {10, 25, 50},
    pause = "5m",
    maxErrorRate = 0.01,
    maxLatencyP99 = "500ms",
    header = "X-Canary") // smoke tests reach the new version with "X-Canary: true" first
@Slo(availability = 99.9, latency = "300ms", latencyTarget = 99.0)
@Expose(host = "orders.acme.example") // on the platform's Gateway, -Aslipway.gateway in the pom
@Egress(cidr = "10.20.0.0/16", ports = 5432) // the orders database, behind DATABASE_URL
// dev: smaller, chattier, its own database, a plain rolling update and no alerts; staging:
// production's size, a lower ceiling, shorter canary pauses, and it pages like production
@Environment(
    name = "dev",
    cpu = "100m",
    memoryLimit = "384Mi",
    env = {
      @Env(name = "LOG_LEVEL", value = "debug"),
      @Env(name = "DATABASE_URL", secret = "orders-db-dev", key = "url")
    },
    rollingUpdate = true,
    alerts = Environment.Alerts.NONE)
@Environment(
    name = "staging",
    max = 6,
    env = @Env(name = "DATABASE_URL", secret = "orders-db-staging", key = "url"),
    pause = "1m",
    alerts = Environment.Alerts.PAGE)
public final class OrdersService {

  private final Map<Long, Long> orders = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI payments;

  OrdersService(URI payments) {
    this.payments = payments;
  }

  /** Creates an order of {@code amount} cents, paid through the payments service. */
  long create(long amount) throws IOException, InterruptedException {
    if (amount <= 0) {
      throw new IllegalArgumentException("amount must be positive");
    }
    long id = nextId.getAndIncrement();
    HttpRequest pay =
        HttpRequest.newBuilder(payments.resolve("/payments?order=" + id + "&amount=" + amount))
            .timeout(Duration.ofSeconds(2))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    int status = http.send(pay, HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status != 201) {
      throw new IOException("payments answered " + status);
    }
    orders.put(id, amount);
    return id;
  }

  Long amountOf(long id) {
    return orders.get(id);
  }

  /** Starts the service through the Slipway runtime; {@code PAYMENTS_URL} locates payments. */
  public static void main(String[] args) throws IOException {
    Map<String, String> env = System.getenv();
    OrdersService service =
        new OrdersService(URI.create(env.getOrDefault("PAYMENTS_URL", "http://payments:8080")));
    FaultInjection faults = FaultInjection.fromEnvironment(env);
    SlipwayRuntime runtime =
        SlipwayRuntime.forService(OrdersService.class)
            .route("POST", "/orders", faults.wrap(service::handleCreate))
            .route("GET", "/orders/{id}", faults.wrap(service::handleRead));
    faults.routeAdminWhenEnabled(runtime, env);
    runtime.start();
  }

  /** {@code POST /orders?amount=<cents>}. */
  private void handleCreate(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    try {
      long amount = Long.parseLong(query == null ? "0" : query.replaceFirst("^amount=", ""));
      respond(exchange, 201, "{\"order\":" + create(amount) + "}");
    } catch (NumberFormatException e) {
      respond(exchange, 400, "{\"error\":\"bad number\"}");
    } catch (IllegalArgumentException e) {
      respond(exchange, 400, "{\"error\":\"amount must be positive\"}");
    } catch (IOException e) {
      respond(exchange, 502, "{\"error\":\"payments unavailable\"}");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      respond(exchange, 503, "{\"error\":\"shutting down\"}");
    }
  }

  /** {@code GET /orders/<id>}. */
  private void handleRead(HttpExchange exchange) throws IOException {
    try {
      Long amount = amountOf(Long.parseLong(SlipwayRuntime.pathVariable(exchange, "id")));
      if (amount == null) {
        respond(exchange, 404, "{\"error\":\"no such order\"}");
      } else {
        respond(exchange, 200, "{\"amount\":" + amount + "}");
      }
    } catch (NumberFormatException e) {
      respond(exchange, 400, "{\"error\":\"bad number\"}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
