package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The named ports of a service's container and Service: {@code http} for traffic, plus
 * {@code management} when the health checks listen elsewhere and {@code metrics} when the scrape
 * port is yet another one. Probes, the Service, the NetworkPolicy and the ServiceMonitor refer to
 * ports by these names, so a port number is written in one place only.
 */
public final class Ports {

  public static final String HTTP = "http";
  public static final String MANAGEMENT = "management";
  public static final String METRICS = "metrics";

  /** A container port with its name. */
  public record NamedPort(String name, int number) {}

  private Ports() {}

  /** The distinct ports, traffic first. */
  public static List<NamedPort> of(ServiceModel service) {
    List<NamedPort> ports = new ArrayList<>();
    ports.add(new NamedPort(HTTP, service.port().value()));
    int health = service.healthPort();
    if (health != service.port().value()) {
      ports.add(new NamedPort(MANAGEMENT, health));
    }
    int metrics = service.metricsPort();
    if (metrics != service.port().value() && metrics != health) {
      ports.add(new NamedPort(METRICS, metrics));
    }
    return ports;
  }

  /** The name of the {@link ServiceModel#healthPort()}, for probes. */
  public static String healthPortName(ServiceModel service) {
    return nameOf(service, service.healthPort());
  }

  /** The name of the {@link ServiceModel#metricsPort()}, for the ServiceMonitor endpoint. */
  public static String metricsPortName(ServiceModel service) {
    return nameOf(service, service.metricsPort());
  }

  private static String nameOf(ServiceModel service, int number) {
    return of(service).stream()
        .filter(p -> p.number() == number)
        .map(NamedPort::name)
        .findFirst()
        .orElseThrow();
  }
}
