package dev.slipway.processor.emit.alerts;

import static dev.slipway.processor.emit.promql.PromQl.absent;
import static dev.slipway.processor.emit.promql.PromQl.countBy;
import static dev.slipway.processor.emit.promql.PromQl.maxBy;
import static dev.slipway.processor.emit.promql.PromQl.selector;

import dev.slipway.processor.emit.alerts.Alert.Runbook;
import dev.slipway.processor.emit.alerts.Alert.Step;
import dev.slipway.processor.emit.promql.ServiceSeries;
import dev.slipway.processor.plan.AnalysisPlan;
import dev.slipway.processor.values.TimeSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Alerts on what the SLO alerts need to see: the scrape target up, the HTTP metrics present, and
 * the histogram bucket at the latency threshold exposed. Without them the burn-rate alerts are
 * blind, not green.
 */
public final class ScrapeAlerts {

  public static final String TARGET_DOWN = "TargetDown";
  public static final String METRICS_ABSENT = "MetricsAbsent";
  public static final String LATENCY_BUCKET_MISSING = "LatencyBucketMissing";

  private static final Duration TARGET_DOWN_FOR = Duration.ofMinutes(5);
  private static final Duration ABSENT_FOR = Duration.ofMinutes(15);

  private ScrapeAlerts() {}

  static List<Alert> of(AlertContext ctx) {
    if (!ctx.service().ports().servesHttp()) {
      return List.of(targetDown(ctx)); // a worker has no HTTP metrics to miss
    }
    return List.of(targetDown(ctx), metricsAbsent(ctx), latencyBucketMissing(ctx));
  }

  private static Alert targetDown(AlertContext ctx) {
    String path = ctx.service().metrics().path();
    return new Alert(
        TARGET_DOWN,
        AlertSeverity.TICKET,
        maxBy("namespace, pod", selector("up", List.of(ctx.series().job()))) + " == 0",
        TARGET_DOWN_FOR,
        "Prometheus cannot scrape a pod of " + ctx.name() + ".",
        "Scraping {{ $labels.pod }} in {{ $labels.namespace }} has failed for "
            + Prose.minutes(TARGET_DOWN_FOR)
            + (ctx.service().ports().servesHttp()
                ? "; its requests are missing from the SLO alerts."
                : "; its metrics are missing meanwhile."),
        new Runbook(
            "Prometheus could not scrape "
                + path
                + " on a pod of "
                + ctx.name()
                + " for "
                + Prose.minutes(TARGET_DOWN_FOR)
                + ". The pod may be down, overloaded, or the metrics"
                + " endpoint broken; while it lasts "
                + (ctx.service().ports().servesHttp()
                    ? "its requests are invisible to the SLO alerts."
                    : "its metrics are invisible to the alerts and the dashboard."),
            List.of(
                Step.of(
                    "Check the pod's state and recent events.",
                    ctx.kubectl("get pods " + ctx.podSelector() + " -o wide"),
                    ctx.kubectl("describe pod <pod>")),
                Step.of(
                    "Call the metrics endpoint through a port-forward.",
                    ctx.metricsPortForward(),
                    ctx.scrapeCommand() + " | head"),
                Step.of(
                    "Check the target in Prometheus (Status > Targets, job `"
                        + ctx.name()
                        + "`) for the scrape error.")),
            List.of(
                Step.of(
                    "If the pod is stuck, delete it; the workload replaces it.",
                    ctx.kubectl("delete pod <pod>")),
                Step.of("If the endpoint moved, fix `@Metrics(path, port)` and redeploy."))));
  }

  private static Alert metricsAbsent(AlertContext ctx) {
    return new Alert(
        METRICS_ABSENT,
        AlertSeverity.TICKET,
        absent(selector(ServiceSeries.REQUESTS, List.of(ctx.series().job()))),
        ABSENT_FOR,
        "The HTTP metrics of " + ctx.name() + " are missing.",
        "No "
            + ServiceSeries.REQUESTS
            + " series with job "
            + ctx.name()
            + " for "
            + Prose.minutes(ABSENT_FOR)
            + ": the SLO alerts of "
            + ctx.name()
            + " cannot fire.",
        new Runbook(
            "Prometheus has no `"
                + ServiceSeries.REQUESTS
                + "` series for "
                + ctx.name()
                + ". Either nothing is scraped (no pod, no ServiceMonitor, wrong port or path), or"
                + " the service does not record HTTP server metrics. Either way the SLO alerts are"
                + " blind. A service that has had no request at all since it started also has no"
                + " series yet.",
            List.of(
                Step.of(
                    "Check that the ServiceMonitor and the Service exist and select the pods.",
                    ctx.kubectl("get servicemonitor,service,endpoints " + ctx.podSelector())),
                Step.of(
                    "Look for the metric on a pod.",
                    ctx.metricsPortForward(),
                    ctx.scrapeCommand() + " | grep " + ServiceSeries.REQUESTS)),
            List.of(
                Step.of(
                    "If the metric is missing from the endpoint, enable HTTP server metrics with a"
                        + " histogram (the Slipway runtime does; on Spring Boot set"
                        + " `management.metrics.distribution.percentiles-histogram.http.server.requests=true`)."),
                Step.of(
                    "If the target is missing, check that Prometheus selects the ServiceMonitor"
                        + " (its `serviceMonitorSelector` and namespace selector)."))));
  }

  /**
   * Every latency threshold a rule or the analysis reads must be a bucket boundary: without the
   * bucket, the SLO alerts and the rollout's latency gate cannot see slow requests at all.
   */
  private static Alert latencyBucketMissing(AlertContext ctx) {
    List<TimeSpan> thresholds = new ArrayList<>();
    thresholds.add(ctx.service().slo().latencyThreshold());
    ctx.service()
        .analysis()
        .map(AnalysisPlan::maxLatencyP99)
        .filter(bound -> !bound.duration().equals(thresholds.get(0).duration()))
        .ifPresent(thresholds::add);
    List<String> job = List.of(ctx.series().job());
    String requests = countBy("namespace", selector(ServiceSeries.REQUESTS, job));
    List<String> missing = new ArrayList<>();
    for (TimeSpan threshold : thresholds) {
      List<String> bucket = new ArrayList<>(job);
      bucket.add(ctx.series().bucket(threshold.duration()));
      missing.add(
          requests + " unless " + countBy("namespace", selector(ServiceSeries.BUCKETS, bucket)));
    }
    String spans = thresholds.stream().map(TimeSpan::text).collect(Collectors.joining(" and "));
    boolean gated = ctx.service().analysis().isPresent();
    String blind =
        gated
            ? "the latency SLO alerts and the rollout's latency gate are blind"
            : "the latency SLO alerts cannot fire";
    return new Alert(
        LATENCY_BUCKET_MISSING,
        AlertSeverity.WARNING,
        String.join(" or ", missing),
        ABSENT_FOR,
        ctx.name() + " does not expose the histogram buckets its latency alerts read.",
        "In {{ $labels.namespace }}, "
            + ctx.name()
            + " records requests but not every "
            + ServiceSeries.BUCKETS
            + " bucket at "
            + spans
            + ": "
            + blind
            + ".",
        new Runbook(
            "The latency SLI counts the requests in the `"
                + ServiceSeries.BUCKETS
                + "` bucket whose `le` is the `@Slo(latency)` threshold"
                + (gated
                    ? ", and the rollout's latency gate those in the bucket at its p99 bound"
                    : "")
                + ": "
                + spans
                + ". "
                + ctx.name()
                + " exposes request metrics but not every one of those buckets, so "
                + blind
                + ". The Slipway runtime and the Slipway Spring Boot starter publish them"
                + " themselves; other stacks publish histograms only when told to, and only with"
                + " the boundaries they are given.",
            List.of(
                Step.of(
                    "List the buckets the service exposes.",
                    ctx.metricsPortForward(),
                    ctx.scrapeCommand()
                        + " | grep "
                        + ServiceSeries.BUCKETS
                        + " | grep -o 'le=\"[^\"]*\"' | sort -u")),
            List.of(
                Step.of(
                    "On Spring Boot, add the Slipway starter, or publish the boundaries yourself:"
                        + " `management.metrics.distribution.slo.http.server.requests="
                        + thresholds.stream().map(TimeSpan::text).collect(Collectors.joining(","))
                        + "`; on Quarkus or Micronaut enable the server request histogram with those"
                        + " boundaries."),
                Step.of("Or set the thresholds to boundaries the service already exposes."))));
  }
}
