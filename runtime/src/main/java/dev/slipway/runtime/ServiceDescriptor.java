package dev.slipway.runtime;

import java.time.Duration;
import java.util.List;

/**
 * What the manifests and alerts of one service assume about the running process: ports, probe
 * paths, scrape path, SLO thresholds with the histogram buckets they need, and shutdown timings.
 *
 * <p>Slipway's annotation processor generates an implementation for every {@code @Service} class
 * whenever this runtime (or the Spring Boot starter) is on the compile class path ({@link #of}).
 * The runtime reads it instead of the annotations, so it cannot disagree with the generated
 * manifests.
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
   * The bucket boundaries of {@code http_server_requests_seconds}, ascending: a default set merged
   * with every latency threshold the generated alerts and analyses compare against.
   */
  List<Duration> latencyBuckets();

  /** How long the service keeps serving after readiness starts failing on SIGTERM. */
  Duration drain();

  /** The pod's {@code terminationGracePeriodSeconds}: the whole shutdown must fit in it. */
  Duration gracePeriod();

  /**
   * The descriptor the processor generated for {@code serviceClass}: the class {@code
   * <ServiceClass>_SlipwayDescriptor} in the same package ({@code $} of a nested class replaced by
   * {@code _}), loaded from the service class's own class loader. No annotation is read at run
   * time.
   *
   * @throws IllegalStateException when there is none, with the likely reason
   */
  static ServiceDescriptor of(Class<?> serviceClass) {
    String name = descriptorClassName(serviceClass.getName());
    ClassLoader loader = serviceClass.getClassLoader();
    Class<?> type;
    try {
      type =
          Class.forName(name, true, loader == null ? ClassLoader.getSystemClassLoader() : loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "No Slipway descriptor for "
              + serviceClass.getName()
              + " (no class "
              + name
              + "): is it annotated with @Service, is slipway-processor on the annotation processor"
              + " path and slipway-runtime (or slipway-spring-boot) on the compile class path, and did"
              + " the compile succeed?",
          e);
    }
    if (!ServiceDescriptor.class.isAssignableFrom(type)) {
      throw new IllegalStateException(
          name
              + " is not a "
              + ServiceDescriptor.class.getName()
              + ": recompile the service with the"
              + " slipway-processor of the same version as slipway-runtime");
    }
    try {
      return (ServiceDescriptor) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException(
          "cannot create "
              + name
              + " ("
              + e
              + "): recompile the service with the slipway-processor"
              + " of the same version as slipway-runtime",
          e);
    }
  }

  /**
   * The name of the generated descriptor of the class with binary name {@code serviceClass}: {@code
   * com.acme.Shop$CartService} → {@code com.acme.Shop_CartService_SlipwayDescriptor}.
   */
  static String descriptorClassName(String serviceClass) {
    int dot = serviceClass.lastIndexOf('.');
    return serviceClass.substring(0, dot + 1)
        + serviceClass.substring(dot + 1).replace('$', '_')
        + "_SlipwayDescriptor";
  }
}
