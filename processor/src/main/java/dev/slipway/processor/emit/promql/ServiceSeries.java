package dev.slipway.processor.emit.promql;

import dev.slipway.processor.plan.Probes;
import dev.slipway.processor.plan.ServicePlan;
import dev.slipway.processor.plan.WorkloadKind;
import dev.slipway.processor.values.Decimals;
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

  private final ServicePlan service;

  public ServiceSeries(ServicePlan service) {
    this.service = service;
  }

  /** {@code job="<service>"}: the ServiceMonitor's job label is the Service name. */
  public String job() {
    return PromQl.equal("job", service.name());
  }

  /**
   * Matchers for the requests that count towards the SLOs: the service's job, without the probe and
   * scrape requests (kubelet and Prometheus traffic is not users' traffic).
   */
  public List<String> userRequests() {
    return List.of(job(), notInternal());
  }

  /**
   * {@code uri!~"…"}: not a probe or scrape request, whatever the framework records for them. The
   * Slipway runtime does not time them at all; Spring Boot records an Actuator request under the
   * route template of its endpoint, {@code /actuator/health/**} for every probe (WebFlux spells it
   * {@code /actuator/health/{*path}}), and {@code /actuator/prometheus} for the scrape. So each
   * probe and scrape path is excluded as written and as the catch-all template of every path it
   * lies under, which is what a readiness probe answering 503 would otherwise add to the errors.
   */
  public String notInternal() {
    Set<String> internal = new LinkedHashSet<>();
    service.probes().ifPresent(p -> internal.addAll(probePaths(p)));
    internal.add(service.metrics().path());
    List<String> alternatives = new ArrayList<>();
    for (String path : internal) {
      alternatives.add(PromQl.regexLiteral(path));
    }
    for (String parent : parents(internal)) {
      alternatives.add(PromQl.regexLiteral(parent + "/**"));
      alternatives.add(PromQl.regexLiteral(parent + "/{*") + "[^}]*\\}");
    }
    return PromQl.notMatchesRegex("uri", String.join("|", alternatives));
  }

  /** {@code /a} and {@code /a/b} for {@code /a/b/c}: every proper, non-root parent, each once. */
  private static Set<String> parents(Set<String> paths) {
    Set<String> parents = new LinkedHashSet<>();
    for (String path : paths) {
      for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
        parents.add(path.substring(0, slash));
      }
    }
    return parents;
  }

  /** Matchers for the user requests that failed on the server side: status 5xx. */
  public List<String> failedRequests() {
    List<String> matchers = new ArrayList<>(userRequests());
    matchers.add(PromQl.matchesRegex("status", "5.."));
    return matchers;
  }

  /** Matchers for the user requests in the histogram bucket at the SLO latency threshold. */
  public List<String> fastRequests() {
    List<String> matchers = new ArrayList<>(userRequests());
    matchers.add(thresholdBucket());
    return matchers;
  }

  /** {@code le=~"…"}: the bucket boundary at the SLO latency threshold, in every spelling. */
  public String thresholdBucket() {
    return bucket(service.slo().latencyThreshold().duration());
  }

  /** {@code le=~"…"}: the bucket boundary at {@code boundary}, in every spelling. */
  public String bucket(Duration boundary) {
    return PromQl.matchesRegex("le", PromQl.anyOf(bucketSpellings(boundary)));
  }

  /**
   * The spellings of a bucket boundary in seconds, for example {@code [0.3]} or {@code [1, 1.0]}.
   * Exporters spell the same boundary differently (Go and Prometheus 2 write {@code 1}, Java
   * clients and Prometheus 3 write {@code 1.0}), so both spellings match.
   */
  static List<String> bucketSpellings(Duration boundary) {
    String seconds = Decimals.plain(Decimals.seconds(boundary));
    return seconds.contains(".") ? List.of(seconds) : List.of(seconds, seconds + ".0");
  }

  /**
   * {@code job_name=...}: kube-state-metrics' label for the Jobs of a {@code @Job}: the Job itself,
   * or for a CronJob the runs it creates, named {@code <cronjob>-<minutes since the epoch>}.
   */
  public String jobName() {
    return service.workload() == WorkloadKind.CRON_JOB
        ? PromQl.matchesRegex("job_name", PromQl.regexLiteral(service.name()) + "-[0-9]+")
        : PromQl.equal("job_name", service.name());
  }

  /** {@code cronjob="<name>"}: kube-state-metrics' label for a CronJob. */
  public String cronJob() {
    return PromQl.equal("cronjob", service.name());
  }

  /** The matchers of a worker's {@code @Backlog}, each value matched exactly (escaped). */
  public List<String> backlog() {
    List<String> matchers = new ArrayList<>();
    service
        .backlog()
        .ifPresent(
            b -> b.labels().forEach((label, value) -> matchers.add(PromQl.equal(label, value))));
    return matchers;
  }

  /** {@code container="<service>"}: the workload's only container is named after the service. */
  public String container() {
    return PromQl.equal("container", service.name());
  }

  /**
   * {@code pod=~"<service>-<hash>-<id>"}: pods of the Deployment's or Rollout's ReplicaSets, and
   * not those of another service whose name starts the same way ({@code orders-api}).
   */
  public String pod() {
    // a one-off Job's pods are <job>-<id>; a CronJob's <job>-<run>-<id>, as a ReplicaSet's
    String suffix = service.workload() == WorkloadKind.JOB ? "-[a-z0-9]+" : "-[a-z0-9]+-[a-z0-9]+";
    return PromQl.matchesRegex("pod", PromQl.regexLiteral(service.name()) + suffix);
  }

  /** Matchers for the service's container in its pods. */
  public List<String> containerInPods() {
    return List.of(container(), pod());
  }

  private static List<String> probePaths(Probes probes) {
    List<String> paths = new ArrayList<>();
    paths.add(probes.liveness());
    paths.add(probes.readiness());
    probes.startup().ifPresent(paths::add);
    return paths;
  }
}
