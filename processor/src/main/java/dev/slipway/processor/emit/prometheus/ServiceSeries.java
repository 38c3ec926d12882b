package dev.slipway.processor.emit.prometheus;

import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.values.Durations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The selectors that find one service's series: its HTTP metrics (by the scrape job, which the
 * ServiceMonitor names after the Service), its pods and container (cAdvisor, kube-state-metrics)
 * and its workload. Shared by the alert rules and the dashboard so both always look at the same
 * series.
 */
public final class ServiceSeries {

  /** The Micrometer request counter and histogram (seconds). */
  public static final String REQUESTS = "http_server_requests_seconds_count";

  public static final String BUCKETS = "http_server_requests_seconds_bucket";

  private final ServiceModel service;

  public ServiceSeries(ServiceModel service) {
    this.service = service;
  }

  public String name() {
    return service.serviceName();
  }

  /** {@code job="<service>"}: the ServiceMonitor's job label is the Service name. */
  public String job() {
    return PromQl.equal("job", name());
  }

  /**
   * Matchers for the requests that count towards the SLOs: the service's job, without the probe and
   * scrape endpoints (kubelet and Prometheus traffic would dilute the error ratio).
   */
  public List<String> userRequests() {
    Set<String> internal = new LinkedHashSet<>();
    service.healthCheck().ifPresent(h -> internal.addAll(probePaths(h)));
    internal.add(service.metrics().path().value());
    return List.of(job(), PromQl.notMatchesRegex("uri", PromQl.anyOf(List.copyOf(internal))));
  }

  /** Matchers for the user requests that failed on the server side: status 5xx. */
  public List<String> failedRequests() {
    List<String> matchers = new ArrayList<>(userRequests());
    matchers.add(PromQl.matchesRegex("status", "5.."));
    return matchers;
  }

  /**
   * Matchers for the histogram bucket at the latency threshold. Exporters spell the same boundary
   * differently (Go and Prometheus 2 write {@code 1}, Java clients and Prometheus 3 write {@code
   * 1.0}), so both spellings match.
   */
  public List<String> fastRequests(String latencyThreshold) {
    List<String> matchers = new ArrayList<>(userRequests());
    matchers.add(thresholdBucket(latencyThreshold));
    return matchers;
  }

  /** {@code le=~"…"}: the bucket boundary at the threshold, in every spelling. */
  public String thresholdBucket(String latencyThreshold) {
    return PromQl.matchesRegex("le", PromQl.anyOf(bucketSpellings(latencyThreshold)));
  }

  /**
   * The spellings of a bucket boundary in seconds, for example {@code [0.3]} or {@code [1, 1.0]}.
   */
  static List<String> bucketSpellings(String duration) {
    Duration d = Durations.parse(duration).orElseThrow();
    String seconds = Objective.number(BigDecimal.valueOf(d.toMillis()).movePointLeft(3));
    return seconds.contains(".") ? List.of(seconds) : List.of(seconds, seconds + ".0");
  }

  /** {@code container="<service>"}: the workload's only container is named after the service. */
  public String container() {
    return PromQl.equal("container", name());
  }

  /**
   * {@code pod=~"<service>-<hash>-<id>"}: pods of the Deployment's or Rollout's ReplicaSets, and
   * not those of another service whose name starts the same way ({@code orders-api}).
   */
  public String pod() {
    return PromQl.matchesRegex("pod", PromQl.regexLiteral(name()) + "-[a-z0-9]+-[a-z0-9]+");
  }

  /** Matchers for the service's container in its pods. */
  public List<String> containerInPods() {
    return List.of(container(), pod());
  }

  private static List<String> probePaths(HealthCheckModel h) {
    List<String> paths = new ArrayList<>();
    paths.add(h.liveness().value());
    paths.add(h.readiness().value());
    if (!h.startup().value().isEmpty()) {
      paths.add(h.startup().value());
    }
    return paths;
  }
}
