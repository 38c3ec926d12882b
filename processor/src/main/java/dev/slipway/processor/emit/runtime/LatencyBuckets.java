package dev.slipway.processor.emit.runtime;

import dev.slipway.processor.model.BlueGreenModel;
import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.ServiceModel;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The bucket boundaries of a service's {@code http_server_requests_seconds} histogram. A latency
 * alert or analysis counts the requests below a threshold with the bucket whose {@code le} is that
 * threshold, so every threshold Slipway generates a query for must be a boundary: the SLO latency,
 * the canary's and the blue-green preview's p99 bound. They are merged into the default boundaries
 * of the Prometheus client libraries, which give the dashboard's percentiles a useful resolution.
 */
public final class LatencyBuckets {

  /** The Prometheus client libraries' default buckets, 5 ms to 10 s. */
  public static final List<Duration> DEFAULTS =
      Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000).map(Duration::ofMillis).toList();

  private LatencyBuckets() {}

  /** The boundaries for {@code service}, ascending and distinct. */
  public static List<Duration> of(ServiceModel service) {
    TreeSet<Duration> buckets = new TreeSet<>(DEFAULTS);
    buckets.add(RuntimeDescriptorFile.duration(service.slo().latency().value()));
    service.canary().map(CanaryModel::maxLatencyP99).ifPresent(p99 -> buckets.add(RuntimeDescriptorFile.duration(p99.value())));
    service.blueGreen().map(BlueGreenModel::maxLatencyP99).ifPresent(p99 -> buckets.add(RuntimeDescriptorFile.duration(p99.value())));
    return List.copyOf(buckets);
  }
}
