package dev.slipway.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * All services of one compile, with the processor options and the platform the class path shows:
 * what the rules check.
 */
public record Compilation(List<ServiceModel> services, Options options, Platform platform) {

  public Compilation {
    services = List.copyOf(services);
  }

  /** A compile without a framework on the class path. */
  public Compilation(List<ServiceModel> services, Options options) {
    this(services, options, Platform.SLIPWAY_RUNTIME);
  }

  public Optional<ServiceModel> service(String name) {
    return services.stream().filter(s -> s.serviceName().equals(name)).findFirst();
  }
}
