package com.acme.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.slipway.runtime.SlipwayRuntime;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes a service fail and slow down on purpose, so its generated alerts and dashboards can be seen
 * at work. Off unless switched on:
 *
 * <ul>
 *   <li>{@code FAULT_ERROR_RATE}: the fraction of requests, 0 to 1, answered 500 at once;
 *   <li>{@code FAULT_LATENCY_MS}: extra milliseconds added to every request;
 *   <li>{@code FAULT_ADMIN=true}: also serve {@code PUT /admin/faults/error-rate/{rate}} and {@code
 *       PUT /admin/faults/latency/{millis}} to change both while running, and {@code PUT
 *       /admin/faults/ready/{true|false}} to take the service out of readiness without failing a
 *       single request (as a pod waiting for its database would). Never in production: anyone who
 *       reaches the service could break it.
 * </ul>
 */
public final class FaultInjection {

  private volatile double errorRate;
  private volatile Duration latency;
  private volatile boolean ready = true;

  private FaultInjection(double errorRate, Duration latency) {
    this.errorRate = checkedRate(errorRate);
    this.latency = latency;
  }

  /** The faults set by {@code FAULT_ERROR_RATE} and {@code FAULT_LATENCY_MS}, none by default. */
  public static FaultInjection fromEnvironment(Map<String, String> env) {
    return new FaultInjection(
        Double.parseDouble(env.getOrDefault("FAULT_ERROR_RATE", "0")),
        Duration.ofMillis(Long.parseLong(env.getOrDefault("FAULT_LATENCY_MS", "0"))));
  }

  /** {@code handler}, delayed by the latency and failing at the error rate. */
  public HttpHandler wrap(HttpHandler handler) {
    return exchange -> {
      Duration delay = latency;
      if (!delay.isZero()) {
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (ThreadLocalRandom.current().nextDouble() < errorRate) {
        respond(exchange, 500, "{\"error\":\"injected fault\"}");
      } else {
        handler.handle(exchange);
      }
    };
  }

  /** Adds the admin routes to {@code runtime} when {@code FAULT_ADMIN=true}. */
  public void routeAdminWhenEnabled(SlipwayRuntime runtime, Map<String, String> env) {
    if (!"true".equalsIgnoreCase(env.getOrDefault("FAULT_ADMIN", "false"))) {
      return;
    }
    runtime.route(
        "PUT",
        "/admin/faults/error-rate/{rate}",
        exchange -> {
          try {
            errorRate =
                checkedRate(Double.parseDouble(SlipwayRuntime.pathVariable(exchange, "rate")));
            respond(exchange, 200, state());
          } catch (IllegalArgumentException e) {
            respond(exchange, 400, "{\"error\":\"the rate is a number from 0 to 1\"}");
          }
        });
    runtime.readinessCheck("faults", () -> ready);
    runtime.route(
        "PUT",
        "/admin/faults/ready/{ready}",
        exchange -> {
          String value = SlipwayRuntime.pathVariable(exchange, "ready");
          if (!value.equals("true") && !value.equals("false")) {
            respond(exchange, 400, "{\"error\":\"ready is true or false\"}");
            return;
          }
          ready = Boolean.parseBoolean(value);
          respond(exchange, 200, state());
        });
    runtime.route(
        "PUT",
        "/admin/faults/latency/{millis}",
        exchange -> {
          try {
            latency =
                Duration.ofMillis(
                    Long.parseUnsignedLong(SlipwayRuntime.pathVariable(exchange, "millis")));
            respond(exchange, 200, state());
          } catch (NumberFormatException e) {
            respond(exchange, 400, "{\"error\":\"the latency is a whole number of milliseconds\"}");
          }
        });
  }

  private String state() {
    return String.format(
        Locale.ROOT,
        "{\"errorRate\":%s,\"latencyMs\":%d,\"ready\":%s}",
        errorRate,
        latency.toMillis(),
        ready);
  }

  private static double checkedRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("error rate must be between 0 and 1: " + rate);
    }
    return rate;
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
