package dev.slipway.runtime;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The service's health as the three probes see it. Liveness is UP whenever the process answers (a
 * failing dependency must not restart the pod, and neither must a drain). Startup is UP once the
 * service has started. Readiness is UP only while serving and every check passes; it turns DOWN the
 * moment a drain begins, so endpoints stop routing to the pod before it stops.
 */
final class Health {

  /** An answer of a probe endpoint: HTTP status and a short JSON body. */
  record Answer(int status, String json) {}

  private enum Phase {
    STARTING,
    SERVING,
    DRAINING
  }

  private static final System.Logger LOG = System.getLogger(Health.class.getName());

  /** Sorted by name, so the body lists checks in a stable order. */
  private final Map<String, HealthIndicator> checks = new ConcurrentSkipListMap<>();

  private volatile Phase phase = Phase.STARTING;

  void register(String name, HealthIndicator check) {
    if (checks.putIfAbsent(name, check) != null) {
      throw new IllegalArgumentException(
          "a readiness check named '" + name + "' is already registered");
    }
  }

  void started() {
    phase = Phase.SERVING;
  }

  void draining() {
    phase = Phase.DRAINING;
  }

  Answer liveness() {
    return new Answer(200, "{\"status\":\"UP\"}");
  }

  Answer startup() {
    return phase == Phase.STARTING
        ? new Answer(503, "{\"status\":\"STARTING\"}")
        : new Answer(200, "{\"status\":\"UP\"}");
  }

  Answer readiness() {
    if (phase != Phase.SERVING) {
      return new Answer(503, "{\"status\":" + Json.quote(phase.name()) + "}");
    }
    boolean allUp = true;
    StringJoiner results = new StringJoiner(",", "{", "}");
    for (Map.Entry<String, HealthIndicator> check : checks.entrySet()) {
      boolean up = run(check.getKey(), check.getValue());
      allUp &= up;
      results.add(Json.quote(check.getKey()) + ":" + (up ? "\"UP\"" : "\"DOWN\""));
    }
    String status = allUp ? "\"UP\"" : "\"DOWN\"";
    String body =
        checks.isEmpty()
            ? "{\"status\":" + status + "}"
            : "{\"status\":" + status + ",\"checks\":" + results + "}";
    return new Answer(allUp ? 200 : 503, body);
  }

  private static boolean run(String name, HealthIndicator check) {
    try {
      return check.isHealthy();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      // logged, not served: a probe body is no place for connection strings or stack traces
      LOG.log(Level.WARNING, "readiness check '" + name + "' failed", e);
      return false;
    }
  }
}
