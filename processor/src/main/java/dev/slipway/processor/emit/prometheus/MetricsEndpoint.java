package dev.slipway.processor.emit.prometheus;

import dev.slipway.processor.model.ServiceModel;

/**
 * The port Prometheus scrapes and its name on the Service. Follows the port naming of the
 * Kubernetes manifests: {@code http} for the service port, {@code management} for a separate
 * health-check port, {@code metrics} for a separate scrape port.
 */
public final class MetricsEndpoint {

  private MetricsEndpoint() {}

  /** {@code @Metrics(port)}; 0 means the health-check port, whose 0 means the service port. */
  public static int port(ServiceModel service) {
    int declared = service.metrics().port().value();
    return declared == 0 ? healthPort(service) : declared;
  }

  /** The Service port name the ServiceMonitor endpoint refers to. */
  public static String portName(ServiceModel service) {
    int port = port(service);
    if (port == service.port().value()) {
      return "http";
    }
    return port == healthPort(service) ? "management" : "metrics";
  }

  private static int healthPort(ServiceModel service) {
    int declared = service.healthCheck().map(h -> h.port().value()).orElse(0);
    return declared == 0 ? service.port().value() : declared;
  }
}
