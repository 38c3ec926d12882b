package dev.slipway.processor.model;

import java.util.List;
import java.util.Optional;

/** All services of one compile, with the processor options: what the rules check. */
public record Compilation(List<ServiceModel> services, Options options) {

  public Compilation {
    services = List.copyOf(services);
  }

  public Optional<ServiceModel> service(String name) {
    return services.stream().filter(s -> s.serviceName().equals(name)).findFirst();
  }
}
