package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.plan.AnalysisPlan;
import java.math.BigDecimal;

/**
 * How the metric analysis that gates a progressive rollout is written: the {@code AnalysisTemplate}'s
 * queries and conditions, and the Rollout's reference to it with the arguments it declares.
 *
 * <p>The analysed pods are those of the newest ReplicaSet (the canary, or the blue-green
 * preview), told apart by Argo Rollouts' {@code rollouts-pod-template-hash} pod label. Prometheus
 * sees it as the target label {@code rollouts_pod_template_hash}: the generated ServiceMonitor
 * copies it with {@code podTargetLabels}, and annotation-based scrape configs copy every pod
 * label with {@code labelmap}. The namespace scopes it further, because the same pod template
 * (and so the same hash) can run in two environments of one cluster.
 *
 * @param templateName the AnalysisTemplate's name, the service's name
 */
record Analysis(String templateName, AnalysisPlan plan) {

  /** The argument with the analysed pods' {@code rollouts-pod-template-hash}. */
  static final String HASH_ARG = "pod-template-hash";

  /** The argument with the Rollout's namespace. */
  static final String NAMESPACE_ARG = "namespace";

  /** The metrics' names in the AnalysisTemplate and in every AnalysisRun. */
  public static final String ERROR_RATE = "error-rate";

  public static final String LATENCY_P99 = "latency-p99";

  /** One failing measurement is tolerated (a burst of errors in one minute); the second aborts. */
  static final int FAILURE_LIMIT = 1;

  /** Prometheus unreachable or failing for more measurements in a row than this aborts the rollout. */
  static final int CONSECUTIVE_ERROR_LIMIT = 4;

  private static final String REQUESTS = "http_server_requests_seconds";

  /** An empty vector (no series yet) or NaN (0 requests / 0 requests) is no data. */
  private static final String HAS_DATA = "len(result) > 0 && !isNaN(result[0])";

  /** The share of the analysed pods' requests that answered 5xx. */
  String errorRatioQuery() {
    // "or vector(0)": without a single 5xx there is no error series at all, which must read as 0
    // errors, not as no data; without any request the division gives no data (or NaN) instead
    return "(sum(rate(" + REQUESTS + "_count{" + scope() + ",status=~\"5..\"}[" + window() + "]))"
        + " or vector(0))\n/\nsum(rate(" + REQUESTS + "_count{" + scope() + "}[" + window() + "]))\n";
  }

  /** The analysed pods' p99 request latency in seconds. */
  String latencyQuery() {
    return "histogram_quantile(0.99,\n  sum by (le) (rate(" + REQUESTS + "_bucket{" + scope() + "}["
        + window() + "]))\n)\n";
  }

  /** A measurement with data at or below {@code bound}. */
  static String successCondition(double bound) {
    return HAS_DATA + " && result[0] <= " + number(bound);
  }

  /** A measurement with data above {@code bound}; no data (empty or NaN) is neither. */
  static String failureCondition(double bound) {
    return HAS_DATA + " && result[0] > " + number(bound);
  }

  /** The bound of the latency metric, in seconds as the query returns it. */
  double maxLatencySeconds() {
    return plan.maxLatencyP99().duration().toMillis() / 1000.0;
  }

  /** The template's {@code spec.args}: declared here, their values come from the Rollout. */
  ArrayNode templateArgs() {
    ArrayNode args = Serialization.object().arrayNode();
    args.addObject().put("name", HASH_ARG);
    args.addObject().put("name", NAMESPACE_ARG);
    return args;
  }

  /**
   * The Rollout's reference to the template ({@code templates} and {@code args}), watching the
   * newest ReplicaSet's pods in the Rollout's own namespace.
   */
  ObjectNode rolloutReference() {
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
    return plan.rateWindow().toMinutes() + "m";
  }

  /** {@code name="value"} with the value escaped as a PromQL string literal. */
  private static String label(String name, String value) {
    return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A plain decimal, never in exponent form: {@code 0.01}, {@code 0.5}, {@code 2}. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
