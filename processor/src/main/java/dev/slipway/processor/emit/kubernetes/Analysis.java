package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.BlueGreenModel;
import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.values.Durations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * The metric analysis that gates a progressive rollout: which pods it watches, what it measures,
 * and when one measurement passes, fails or is inconclusive. The {@code AnalysisTemplate} is
 * written from it, and the {@code Rollout} passes it the arguments it declares.
 *
 * <p>The analysed pods are those of the newest ReplicaSet (the canary, or the blue-green
 * preview), told apart by Argo Rollouts' {@code rollouts-pod-template-hash} pod label. Prometheus
 * sees it as the target label {@code rollouts_pod_template_hash}: the generated ServiceMonitor
 * copies it with {@code podTargetLabels}, and annotation-based scrape configs copy every pod
 * label with {@code labelmap}. The namespace scopes it further, because the same pod template
 * (and so the same hash) can run in two environments of one cluster.
 *
 * @param templateName the AnalysisTemplate's name, the service's name
 * @param maxErrorRate the highest acceptable share of 5xx responses
 * @param maxLatencyP99 the highest acceptable p99 latency
 * @param rateWindow the range of the {@code rate()}s: four scrapes, so that one missed scrape
 *     leaves enough samples
 * @param count how many measurements the run takes; empty for a background analysis, which runs
 *     until the rollout finishes
 * @param inconclusiveLimit how many measurements without data (no traffic yet) the run tolerates
 *     before it stops as inconclusive, which pauses the rollout for a human
 */
public record Analysis(
    String templateName,
    double maxErrorRate,
    Duration maxLatencyP99,
    Duration rateWindow,
    Optional<Integer> count,
    int inconclusiveLimit) {

  /** How often a metric is measured. */
  public static final Duration INTERVAL = Duration.ofMinutes(1);

  /** The argument with the analysed pods' {@code rollouts-pod-template-hash}. */
  public static final String HASH_ARG = "pod-template-hash";

  /** The argument with the Rollout's namespace. */
  public static final String NAMESPACE_ARG = "namespace";

  /** The metrics' names in the AnalysisTemplate and in every AnalysisRun. */
  public static final String ERROR_RATE = "error-rate";

  public static final String LATENCY_P99 = "latency-p99";

  /** One failing measurement is tolerated (a burst of errors in one minute); the second aborts. */
  public static final int FAILURE_LIMIT = 1;

  /** Prometheus unreachable or failing for more measurements in a row than this aborts the rollout. */
  public static final int CONSECUTIVE_ERROR_LIMIT = 4;

  private static final String REQUESTS = "http_server_requests_seconds";

  /** An empty vector (no series yet) or NaN (0 requests / 0 requests) is no data. */
  private static final String HAS_DATA = "len(result) > 0 && !isNaN(result[0])";

  /**
   * The analysis of a {@code @Canary} or {@code @BlueGreen} service; empty for a plain Deployment.
   * A canary's runs in the background from the first pause on, for as long as the rollout; each
   * pause may go by without data before a human is asked. A blue-green preview's takes the
   * measurements that fit in {@code promotionDelay} and needs at least one with data.
   */
  public static Optional<Analysis> of(ServiceModel service) {
    Duration window = rateWindow(service);
    if (service.canary().isPresent()) {
      CanaryModel canary = service.canary().get();
      return Optional.of(
          new Analysis(
              service.serviceName(),
              canary.maxErrorRate().value(),
              duration(canary.maxLatencyP99().value()),
              window,
              Optional.empty(),
              measurements(duration(canary.pause().value()))));
    }
    return service.blueGreen()
        .map(
            (BlueGreenModel blueGreen) -> {
              int count = measurements(duration(blueGreen.promotionDelay().value()));
              return new Analysis(
                  service.serviceName(),
                  blueGreen.maxErrorRate().value(),
                  duration(blueGreen.maxLatencyP99().value()),
                  window,
                  Optional.of(count),
                  count - 1);
            });
  }

  /** The share of the analysed pods' requests that answered 5xx. */
  public String errorRatioQuery() {
    // "or vector(0)": without a single 5xx there is no error series at all, which must read as 0
    // errors, not as no data; without any request the division gives no data (or NaN) instead
    return "(sum(rate(" + REQUESTS + "_count{" + scope() + ",status=~\"5..\"}[" + window() + "]))"
        + " or vector(0))\n/\nsum(rate(" + REQUESTS + "_count{" + scope() + "}[" + window() + "]))\n";
  }

  /** The analysed pods' p99 request latency in seconds. */
  public String latencyQuery() {
    return "histogram_quantile(0.99,\n  sum by (le) (rate(" + REQUESTS + "_bucket{" + scope() + "}["
        + window() + "]))\n)\n";
  }

  /** A measurement with data at or below {@code bound}. */
  public static String successCondition(double bound) {
    return HAS_DATA + " && result[0] <= " + number(bound);
  }

  /** A measurement with data above {@code bound}; no data (empty or NaN) is neither. */
  public static String failureCondition(double bound) {
    return HAS_DATA + " && result[0] > " + number(bound);
  }

  /** The bound of the latency metric, in seconds as the query returns it. */
  public double maxLatencySeconds() {
    return maxLatencyP99.toMillis() / 1000.0;
  }

  /** The template's {@code spec.args}: declared here, their values come from the Rollout. */
  public ArrayNode templateArgs() {
    ArrayNode args = Serialization.object().arrayNode();
    args.addObject().put("name", HASH_ARG);
    args.addObject().put("name", NAMESPACE_ARG);
    return args;
  }

  /**
   * The Rollout's reference to the template ({@code templates} and {@code args}), watching the
   * newest ReplicaSet's pods in the Rollout's own namespace.
   */
  public ObjectNode rolloutReference() {
    ObjectNode reference = Serialization.object();
    reference.putArray("templates").addObject().put("templateName", templateName);
    ArrayNode args = reference.putArray("args");
    ObjectNode hash = args.addObject().put("name", HASH_ARG);
    hash.putObject("valueFrom").put("podTemplateHashValue", "Latest");
    ObjectNode namespace = args.addObject().put("name", NAMESPACE_ARG);
    namespace.putObject("valueFrom").putObject("fieldRef").put("fieldPath", "metadata.namespace");
    return reference;
  }

  private String scope() {
    return label("namespace", "{{args." + NAMESPACE_ARG + "}}")
        + "," + label("rollouts_pod_template_hash", "{{args." + HASH_ARG + "}}");
  }

  private String window() {
    return rateWindow.toMinutes() + "m";
  }

  /** {@code name="value"} with the value escaped as a PromQL string literal. */
  private static String label(String name, String value) {
    return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A plain decimal, never in exponent form: {@code 0.01}, {@code 0.5}, {@code 2}. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Four scrape intervals, in whole minutes, at least one. */
  private static Duration rateWindow(ServiceModel service) {
    long seconds = duration(service.metrics().interval().value()).toSeconds() * 4;
    return Duration.ofMinutes(Math.max(1, (seconds + 59) / 60));
  }

  /** Measurements one {@link #INTERVAL} apart that fit in {@code span}, at least one. */
  private static int measurements(Duration span) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, span.toSeconds() / INTERVAL.toSeconds()));
  }

  /**
   * The duration, or zero when it is not one. The rulebook rejects such values before anything
   * is emitted; zero keeps this mapping total, so a value no rule caught still cannot crash javac.
   */
  static Duration duration(String text) {
    return Durations.parse(text).orElse(Duration.ZERO);
  }
}
