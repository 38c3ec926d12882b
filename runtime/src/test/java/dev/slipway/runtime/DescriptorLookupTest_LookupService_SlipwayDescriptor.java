package dev.slipway.runtime;

import java.time.Duration;
import java.util.List;

/** The descriptor the processor would generate for {@link DescriptorLookupTest.LookupService}. */
public final class DescriptorLookupTest_LookupService_SlipwayDescriptor
    implements ServiceDescriptor {

  private static final List<Duration> LATENCY_BUCKETS =
      List.of(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofSeconds(1));

  @Override
  public String serviceClass() {
    return "dev.slipway.runtime.DescriptorLookupTest$LookupService";
  }

  @Override
  public String name() {
    return "lookup";
  }

  @Override
  public String team() {
    return "testers";
  }

  @Override
  public int port() {
    return 8080;
  }

  @Override
  public int healthPort() {
    return 8081;
  }

  @Override
  public String livenessPath() {
    return "/live";
  }

  @Override
  public String readinessPath() {
    return "/ready";
  }

  @Override
  public String startupPath() {
    return "";
  }

  @Override
  public String metricsPath() {
    return "/metrics";
  }

  @Override
  public int metricsPort() {
    return 8081;
  }

  @Override
  public double availabilityObjective() {
    return 99.95;
  }

  @Override
  public Duration latencyThreshold() {
    return Duration.ofMillis(300);
  }

  @Override
  public List<Duration> latencyBuckets() {
    return LATENCY_BUCKETS;
  }

  @Override
  public Duration drain() {
    return Duration.ofSeconds(10);
  }

  @Override
  public Duration gracePeriod() {
    return Duration.ofSeconds(30);
  }
}
