package dev.slipway.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A descriptor with the ports and timings a test needs. */
record TestDescriptor(
    int port, int healthPort, int metricsPort, Duration drain, Duration gracePeriod)
    implements ServiceDescriptor {

  static final Map<String, String> EPHEMERAL_LOOPBACK =
      Map.of("PORT", "0", "MANAGEMENT_PORT", "0", "METRICS_PORT", "0", "BIND_ADDRESS", "127.0.0.1");

  /** Everything on the service port; a one-second drain in a three-second grace period. */
  static TestDescriptor onePort() {
    return new TestDescriptor(8080, 8080, 8080, Duration.ofSeconds(1), Duration.ofSeconds(3));
  }

  @Override
  public String serviceClass() {
    return "com.example.TestService";
  }

  @Override
  public String name() {
    return "test";
  }

  @Override
  public String team() {
    return "testers";
  }

  @Override
  public String livenessPath() {
    return "/health/live";
  }

  @Override
  public String readinessPath() {
    return "/health/ready";
  }

  @Override
  public String startupPath() {
    return "/health/started";
  }

  @Override
  public String metricsPath() {
    return "/metrics";
  }

  @Override
  public double availabilityObjective() {
    return 99.9;
  }

  @Override
  public Duration latencyThreshold() {
    return Duration.ofMillis(300);
  }

  @Override
  public List<Duration> latencyBuckets() {
    return List.of(
        Duration.ofMillis(5),
        Duration.ofMillis(100),
        Duration.ofMillis(300),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500));
  }
}
