package dev.slipway.processor.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The ports of a service's container and Service: {@code http} for traffic, plus {@code management}
 * when the health checks listen elsewhere and {@code metrics} when the scrape port is yet another
 * one. Probes, the Service, the NetworkPolicy and the ServiceMonitor refer to ports by these names,
 * so a port number is written in one place only.
 *
 * <p>A worker or job takes no traffic: its {@code http} is {@link #NONE}, and it has only the
 * management port (a worker's probes and metrics), or no port at all (a job).
 *
 * @param http the service port, or {@link #NONE}
 * @param health the port the probes hit
 * @param metrics the port Prometheus scrapes
 */
public record Ports(int http, int health, int metrics) {

  public static final String HTTP = "http";
  public static final String MANAGEMENT = "management";
  public static final String METRICS = "metrics";

  /** The {@code http} of a workload that takes no traffic. */
  public static final int NONE = 0;

  /** A worker: no traffic port; probes and metrics on {@code health} and {@code metrics}. */
  public static Ports worker(int health, int metrics) {
    return new Ports(NONE, health, metrics);
  }

  /** A job: no port at all. */
  public static Ports none() {
    return new Ports(NONE, NONE, NONE);
  }

  /** Whether the workload takes HTTP traffic on {@link #http}. */
  public boolean servesHttp() {
    return http != NONE;
  }

  /** A container port with its name. */
  public record NamedPort(String name, int number) {}

  /** The distinct ports, traffic first. */
  public List<NamedPort> named() {
    List<NamedPort> ports = new ArrayList<>();
    if (http != NONE) {
      ports.add(new NamedPort(HTTP, http));
    }
    if (health != http) {
      ports.add(new NamedPort(MANAGEMENT, health));
    }
    if (metrics != http && metrics != health) {
      ports.add(new NamedPort(METRICS, metrics));
    }
    return ports;
  }

  /** The name of the health port, for probes. */
  public String healthName() {
    return health == http ? HTTP : MANAGEMENT;
  }

  /** The name of the metrics port, for the ServiceMonitor endpoint. */
  public String metricsName() {
    return metrics == http ? HTTP : metrics == health ? MANAGEMENT : METRICS;
  }
}
