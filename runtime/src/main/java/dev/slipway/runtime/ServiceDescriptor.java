package dev.slipway.runtime;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What the manifests and alerts of one service assume about the running process: ports, probe
 * paths, scrape path, SLO thresholds with the histogram buckets they need, and shutdown timings.
 *
 * <p>Slipway's annotation processor generates one implementation per {@code @Service} class
 * (for example {@code OrdersServiceSlipway} next to {@code OrdersService}) and registers it for
 * {@link ServiceLoader}, whenever this runtime is on the compile class path. The runtime reads
 * these values instead of the annotations, so it cannot disagree with the generated manifests.
 */
public interface ServiceDescriptor {

  /** The qualified name of the annotated class. */
  String serviceClass();

  /** The service name, as in every Kubernetes object and metric selector. */
  String name();

  /** The owning team. */
  String team();

  /** The HTTP port the service listens on ({@code @Service(port)}). */
  int port();

  /** The port the probes hit ({@code @HealthCheck(port)}, the service port when 0). */
  int healthPort();

  String livenessPath();

  String readinessPath();

  /** The startup probe path; empty when the service has no startup probe. */
  String startupPath();

  /** The scrape path ({@code @Metrics(path)}). */
  String metricsPath();

  /** The scrape port ({@code @Metrics(port)}, the health port when 0). */
  int metricsPort();

  /** The availability objective in percent, for example {@code 99.9}. */
  double availabilityObjective();

  /** The latency threshold of the SLO ({@code @Slo(latency)}). */
  Duration latencyThreshold();

  /**
   * The bucket boundaries of {@code http_server_requests_seconds}, ascending: a default set
   * merged with every latency threshold the generated alerts and analyses compare against.
   */
  List<Duration> latencyBuckets();

  /** How long the service keeps serving after readiness starts failing on SIGTERM. */
  Duration drain();

  /** The pod's {@code terminationGracePeriodSeconds}: the whole shutdown must fit in it. */
  Duration gracePeriod();

  /**
   * The generated descriptor of {@code serviceClass}, found through {@link ServiceLoader} in the
   * class's own class loader.
   *
   * @throws IllegalStateException when there is none, with the likely reason
   */
  static ServiceDescriptor of(Class<?> serviceClass) {
    for (ServiceDescriptor descriptor :
        ServiceLoader.load(ServiceDescriptor.class, serviceClass.getClassLoader())) {
      if (descriptor.serviceClass().equals(serviceClass.getName())) {
        return descriptor;
      }
    }
    throw new IllegalStateException(
        "No Slipway descriptor for "
            + serviceClass.getName()
            + ": is it annotated with @Service, is slipway-processor on the annotation processor"
            + " path and slipway-runtime on the compile class path, and did the compile succeed?");
  }
}
