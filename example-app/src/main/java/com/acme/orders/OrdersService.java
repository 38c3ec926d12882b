package com.acme.orders;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.slipway.annotations.Canary;
import dev.slipway.annotations.Env;
import dev.slipway.annotations.Expose;
import dev.slipway.annotations.HealthCheck;
import dev.slipway.annotations.Resources;
import dev.slipway.annotations.Scaling;
import dev.slipway.annotations.Service;
import dev.slipway.annotations.Slo;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
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
@HealthCheck(liveness = "/health/live", readiness = "/health/ready", startup = "/health/started",
    period = "10s", timeout = "2s", failureThreshold = 3)
@Canary(steps = {10, 25, 50}, pause = "5m", maxErrorRate = 0.01, maxLatencyP99 = "500ms")
@Slo(availability = 99.9, latency = "300ms", latencyTarget = 99.0)
@Expose(host = "orders.acme.example", tlsSecret = "orders-tls")
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

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    URI payments = URI.create(System.getenv().getOrDefault("PAYMENTS_URL", "http://payments:8080"));
    OrdersService service = new OrdersService(payments);
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/orders", service::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      if ("POST".equals(exchange.getRequestMethod()) && path.equals("/orders")) {
        String query = exchange.getRequestURI().getQuery();
        long amount = Long.parseLong(query == null ? "0" : query.replaceFirst("^amount=", ""));
        respond(exchange, 201, "{\"order\":" + create(amount) + "}");
      } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/orders/")) {
        Long amount = amountOf(Long.parseLong(path.substring("/orders/".length())));
        if (amount == null) {
          respond(exchange, 404, "{\"error\":\"no such order\"}");
        } else {
          respond(exchange, 200, "{\"amount\":" + amount + "}");
        }
      } else {
        respond(exchange, 404, "{\"error\":\"not found\"}");
      }
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

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
