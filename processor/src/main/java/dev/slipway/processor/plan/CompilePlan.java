package dev.slipway.processor.plan;

import java.util.List;

/**
 * Everything the emitters need about one compile, resolved: its services in the order they were
 * read, its environments, and where every file and link goes.
 *
 * @param prometheusUrl the in-cluster Prometheus the rollout analysis queries
 * @param rendered also write each overlay rendered to one stream
 * @param runtimeOnClassPath whether the compile can see {@code slipway-runtime} or the Spring Boot
 *     starter, which read the runtime descriptor classes
 */
public record CompilePlan(
    List<ServicePlan> services,
    List<Environment> environments,
    Layout layout,
    String prometheusUrl,
    boolean rendered,
    boolean runtimeOnClassPath) {

  public CompilePlan {
    services = List.copyOf(services);
    environments = List.copyOf(environments);
  }
}
