package com.acme.invoicing;

import dev.slipway.runtime.ServiceDescriptor;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What the manifests and alerts generated for {@code com.acme.invoicing.InvoicingWorker}
 * assume about the running service, read by the Slipway runtime and the Slipway Spring
 * Boot starter. Generated from the class's annotations: change those, not this file.
 */
@Generated("dev.slipway.processor.SlipwayProcessor")
public final class InvoicingWorker_SlipwayDescriptor implements ServiceDescriptor {
  private static final List<Duration> LATENCY_BUCKETS = List.of(Duration.ofMillis(5),
      Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
      Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10));

  /**
   * For the runtime, which creates the one instance it needs.
   */
  public InvoicingWorker_SlipwayDescriptor() {
  }

  @Override
  public String serviceClass() {
    return "com.acme.invoicing.InvoicingWorker";
  }

  @Override
  public String name() {
    return "invoicing";
  }

  @Override
  public String team() {
    return "billing";
  }

  @Override
  public int port() {
    return 9090;
  }

  @Override
  public int healthPort() {
    return 9090;
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
  public int metricsPort() {
    return 9090;
  }

  @Override
  public double availabilityObjective() {
    return 99.9;
  }

  @Override
  public Duration latencyThreshold() {
    return Duration.ofMillis(500);
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
