package com.acme.payments;

import com.acme.faults.FaultInjection;
import com.sun.net.httpserver.HttpExchange;
import dev.slipway.annotations.Egress;
import dev.slipway.annotations.Env;
import dev.slipway.annotations.HealthCheck;
import dev.slipway.annotations.Resources;
import dev.slipway.annotations.Scaling;
import dev.slipway.annotations.Service;
import dev.slipway.runtime.SlipwayRuntime;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Authorises payments for orders. {@code POST /payments?order=<id>&amount=<cents>}. */
@Service(
    image = "ghcr.io/acme/payments:2.0.1",
    port = 8080,
    team = "payments",
    resources = @Resources(cpu = "200m", memory = "256Mi", cpuLimit = "1", memoryLimit = "384Mi"),
    env = {
      @Env(name = "LOG_LEVEL", value = "info"),
      @Env(name = "PSP_API_KEY", secret = "payments-psp", key = "api-key")
    })
@Scaling(min = 2, max = 6, cpuUtilization = 65)
@HealthCheck(liveness = "/health/live", readiness = "/health/ready", startup = "/health/started")
@Egress(host = "api.psp.example", ports = 443) // the payment service provider, behind PSP_API_KEY
public final class PaymentsService {

  private final Map<String, Long> authorised = new ConcurrentHashMap<>();

  /** Authorises {@code amount} cents for {@code order}; the amount must be positive. */
  String authorise(String order, long amount) {
    if (order == null || order.isBlank() || amount <= 0) {
      throw new IllegalArgumentException("order and a positive amount are required");
    }
    String id = UUID.randomUUID().toString();
    authorised.put(id, amount);
    return id;
  }

  /** Starts the service through the Slipway runtime. */
  public static void main(String[] args) throws IOException {
    Map<String, String> env = System.getenv();
    PaymentsService payments = new PaymentsService();
    FaultInjection faults = FaultInjection.fromEnvironment(env);
    SlipwayRuntime runtime =
        SlipwayRuntime.forService(PaymentsService.class)
            .route("POST", "/payments", faults.wrap(payments::handle));
    faults.routeAdminWhenEnabled(runtime, env);
    runtime.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> query = Query.parse(exchange.getRequestURI().getRawQuery());
    try {
      String id = authorise(query.get("order"), Long.parseLong(query.getOrDefault("amount", "0")));
      respond(exchange, 201, "{\"payment\":\"" + id + "\"}");
    } catch (IllegalArgumentException e) {
      respond(exchange, 400, "{\"error\":\"order and a positive amount are required\"}");
    }
  }

  static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
