package dev.slipway.processor.model;

import java.util.List;
import java.util.Optional;

/** Services built in code, without javac, for tests of the pure parts (planner, emitters). */
public final class TestModels {

  private TestModels() {}

  public static HealthCheckModel healthCheck(String liveness, int port) {
    return new HealthCheckModel(
        Origin.NONE,
        Located.of(liveness),
        Located.of("/ready"),
        Located.of(""),
        Located.of(port),
        Located.of("10s"),
        Located.of("2s"),
        Located.of(3),
        Located.of("0s"));
  }

  /**
   * Orders with an SLO at 300ms over {@code window}, a canary bound of 500ms, a blue-green bound of
   * 750ms (both annotations: the rulebook would reject that, the planner keeps the canary), drain
   * 15s and grace period 45s.
   */
  public static ServiceModel orders(
      Optional<HealthCheckModel> healthCheck, int metricsPort, String window, String drain) {
    return new ServiceModel(
        "com.acme.orders.OrdersService",
        Origin.NONE,
        Located.of("orders"),
        Located.of("ghcr.io/acme/orders:1.4.2"),
        Located.of(8080),
        Located.of("commerce"),
        new ResourcesModel(
            Origin.NONE,
            Located.of("250m"),
            Located.of("256Mi"),
            Located.of("1"),
            Located.of("512Mi")),
        List.of(),
        List.of(),
        Located.of(drain),
        Located.of("45s"),
        Optional.empty(),
        healthCheck,
        Optional.of(
            new CanaryModel(
                Origin.NONE,
                0,
                Located.of(List.of(Located.of(10))),
                Located.of("5m"),
                Located.of(0.01),
                Located.of("500ms"),
                Located.of(false),
                Located.of(""),
                Located.of("true"))),
        Optional.of(
            new BlueGreenModel(
                Origin.NONE,
                1,
                Located.of(true),
                Located.of("1m"),
                Located.of("5m"),
                Located.of(0.01),
                Located.of("750ms"))),
        Optional.empty(),
        new SloModel(
            Origin.NONE,
            Located.of(99.95),
            Located.of("300ms"),
            Located.of(99.0),
            Located.of(window),
            Located.of(10)),
        new MetricsModel(
            Origin.NONE, Located.of("/prometheus"), Located.of(metricsPort), Located.of("30s")),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        true,
        true,
        List.of());
  }

  /** A plain Deployment with the defaults, no health check, calling {@code dependsOn}. */
  public static ServiceModel service(
      String name, String image, List<String> dependsOn, List<WaiverModel> waivers) {
    return new ServiceModel(
        "com.acme." + name,
        Origin.NONE,
        Located.of(name),
        Located.of(image),
        Located.of(8080),
        Located.of("team"),
        new ResourcesModel(
            Origin.NONE,
            Located.of("250m"),
            Located.of("256Mi"),
            Located.of("1"),
            Located.of("512Mi")),
        List.of(),
        dependsOn.stream().map(Located::of).toList(),
        Located.of("10s"),
        Located.of("30s"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        new SloModel(
            Origin.NONE,
            Located.of(99.9),
            Located.of("500ms"),
            Located.of(99.0),
            Located.of("30d"),
            Located.of(10)),
        new MetricsModel(Origin.NONE, Located.of("/metrics"), Located.of(0), Located.of("30s")),
        waivers,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        List.of());
  }

  public static ServiceModel orders(Optional<HealthCheckModel> healthCheck, int metricsPort) {
    return orders(healthCheck, metricsPort, "30d", "15s");
  }
}
