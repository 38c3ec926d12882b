package dev.slipway.processor.emit.alerts;

import static dev.slipway.processor.emit.promql.PromQl.absent;
import static dev.slipway.processor.emit.promql.PromQl.countBy;
import static dev.slipway.processor.emit.promql.PromQl.maxBy;
import static dev.slipway.processor.emit.promql.PromQl.selector;

import dev.slipway.processor.emit.alerts.Alert.Runbook;
import dev.slipway.processor.emit.alerts.Alert.Step;
import dev.slipway.processor.emit.promql.ServiceSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
            + "; its requests are missing from the SLO alerts.",
        new Runbook(
            "Prometheus could not scrape "
                + path
                + " on a pod of "
                + ctx.name()
                + " for "
                + Prose.minutes(TARGET_DOWN_FOR)
                + ". The pod may be down, overloaded, or the metrics"
                + " endpoint broken; while it lasts its requests are invisible to the SLO alerts.",
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

  private static Alert latencyBucketMissing(AlertContext ctx) {
    String threshold = ctx.service().slo().latencyThreshold().text();
    List<String> job = List.of(ctx.series().job());
    List<String> bucket = new ArrayList<>(job);
    bucket.add(ctx.series().thresholdBucket());
    return new Alert(
        LATENCY_BUCKET_MISSING,
        AlertSeverity.WARNING,
        countBy("namespace", selector(ServiceSeries.REQUESTS, job))
            + " unless "
            + countBy("namespace", selector(ServiceSeries.BUCKETS, bucket)),
        ABSENT_FOR,
        ctx.name() + " does not expose the histogram bucket of its latency SLO.",
        "In {{ $labels.namespace }}, "
            + ctx.name()
            + " records requests but no "
            + ServiceSeries.BUCKETS
            + " bucket at "
            + threshold
            + ": the latency SLO alerts cannot fire.",
        new Runbook(
            "The latency SLI counts requests in the `"
                + ServiceSeries.BUCKETS
                + "` bucket whose `le`"
                + " equals the `@Slo(latency)` threshold, "
                + threshold
                + ". "
                + ctx.name()
                + " exposes request metrics but not that bucket, so `"
                + SloAlerts.LATENCY_BUDGET_BURN
                + "` is blind. The Slipway runtime adds the bucket itself; other stacks publish"
                + " histograms only when told to, and only with the boundaries they are given.",
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
                    "On Spring Boot, publish the boundary: `management.metrics.distribution.slo"
                        + ".http.server.requests="
                        + threshold
                        + "`; on Quarkus or Micronaut enable the"
                        + " server request histogram with that boundary."),
                Step.of("Or set `@Slo(latency)` to a boundary the service already exposes."))));
  }
}
