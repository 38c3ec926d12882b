package dev.slipway.runtime;

import java.time.Duration;
import java.util.List;

/**
 * What the manifests and alerts of one service assume about the running process: ports, probe
 * paths, scrape path, SLO thresholds with the histogram buckets they need, and shutdown timings.
 *
 * <p>Slipway's annotation processor writes these values for every {@code @Service} class into the
 * class output whenever this runtime is on the compile class path ({@link #of}). The runtime
 * reads them instead of the annotations, so it cannot disagree with the generated manifests.
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
   * The descriptor the processor wrote for {@code serviceClass}, read from the class's own class
   * loader ({@code META-INF/slipway/runtime/<binary name>.properties}).
   *
   * @throws IllegalStateException when there is none, with the likely reason, or when it lacks a
   *     value
   */
  static ServiceDescriptor of(Class<?> serviceClass) {
    return DescriptorFile.read(serviceClass);
  }
}
