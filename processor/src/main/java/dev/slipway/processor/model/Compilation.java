package dev.slipway.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * All services of one compile, with the processor options: the input of rules and emitters.
 *
 * @param runtimeOnClassPath whether the compile can see {@code slipway-runtime}, which reads the
 *     runtime descriptors
 */
public record Compilation(List<ServiceModel> services, Options options, boolean runtimeOnClassPath) {

  public Compilation {
    services = List.copyOf(services);
  }

  /** A compile without the runtime, as rules see every compile. */
  public Compilation(List<ServiceModel> services, Options options) {
    this(services, options, false);
  }

  public Optional<ServiceModel> service(String name) {
    return services.stream().filter(s -> s.serviceName().equals(name)).findFirst();
  }
}
