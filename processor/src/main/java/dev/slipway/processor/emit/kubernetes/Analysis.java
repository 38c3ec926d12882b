package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.promql.ServiceSeries;
import dev.slipway.processor.plan.AnalysisPlan;
import dev.slipway.processor.plan.ServicePlan;
import java.math.BigDecimal;

/**
 * How the metric analysis that gates a progressive rollout is written: the {@code
 * AnalysisTemplate}'s queries and conditions, and the Rollout's reference to it with the arguments
 * it declares.
 *
 * <p>The analysed pods are those of the newest ReplicaSet (the canary, or the blue-green preview),
 * told apart by Argo Rollouts' {@code rollouts-pod-template-hash} pod label. Prometheus sees it as
 * the target label {@code rollouts_pod_template_hash}: the generated ServiceMonitor copies it with
 * {@code podTargetLabels}, and annotation-based scrape configs copy every pod label with {@code
 * labelmap}. The namespace scopes it further, because the same pod template (and so the same hash)
 * can run in two environments of one cluster. Probe and scrape requests are left out, as in the SLO
 * rules: a new pod that is not ready yet must not look like one that fails its users.
 *
 * <p>The latency gate is exact at its bound: "p99 at most 500ms" is measured as "at most 1 % of the
 * requests slower than 500ms", read from the histogram bucket whose {@code le} is the bound (the
 * runtime and the Spring Boot starter publish it). A p99 interpolated from buckets ({@code
 * histogram_quantile}) never exceeds the largest bucket under the bound's neighbour, so a gate on
 * it can pass a canary that is slow for every user.
 *
 * @param service the service whose new pods are analysed; the template is named after it
 */
record Analysis(ServicePlan service, AnalysisPlan plan) {

  /** The argument with the analysed pods' {@code rollouts-pod-template-hash}. */
  static final String HASH_ARG = "pod-template-hash";

  /** The argument with the Rollout's namespace. */
  static final String NAMESPACE_ARG = "namespace";

  /** The metrics' names in the AnalysisTemplate and in every AnalysisRun. */
  public static final String ERROR_RATE = "error-rate";

  public static final String SLOW_REQUESTS = "slow-requests";

  /** The share of requests a p99 bound lets be slower than it. */
  static final BigDecimal SLOWER_THAN_P99 = new BigDecimal("0.01");

  /** One failing measurement is tolerated (a burst of errors in one minute); the second aborts. */
  static final int FAILURE_LIMIT = 1;

  /**
   * Prometheus unreachable or failing for more measurements in a row than this aborts the rollout.
   */
  static final int CONSECUTIVE_ERROR_LIMIT = 4;

  private static final String REQUESTS = "http_server_requests_seconds";

  /** An empty vector (no series yet) or NaN (0 requests / 0 requests) is no data. */
  private static final String HAS_DATA = "len(result) > 0 && !isNaN(result[0])";

  Analysis(ServicePlan service) {
    this(service, service.analysis().orElseThrow());
  }

  String templateName() {
    return service.name();
  }

  /** The share of the analysed pods' requests that answered 5xx. */
  String errorRatioQuery() {
    // "or vector(0)": without a single 5xx there is no error series at all, which must read as 0
    // errors, not as no data; without any request the division gives no data (or NaN) instead
    return "(sum(rate("
        + REQUESTS
        + "_count{"
        + scope()
        + ",status=~\"5..\"}["
        + window()
        + "]))"
        + " or vector(0))\n/\nsum(rate("
        + REQUESTS
        + "_count{"
        + scope()
        + "}["
        + window()
        + "]))\n";
  }

  /** The share of the analysed pods' requests slower than the p99 bound. */
  String slowRequestsQuery() {
    String fast =
        REQUESTS
            + "_bucket{"
            + scope()
            + ","
            + new ServiceSeries(service).bucket(plan.maxLatencyP99().duration())
            + "}";
    return "1 - (\n  sum(rate("
        + fast
        + "["
        + window()
        + "]))\n/\n  sum(rate("
        + REQUESTS
        + "_count{"
        + scope()
        + "}["
        + window()
        + "]))\n)\n";
  }

  /** A measurement with data at or below {@code bound}. */
  static String successCondition(double bound) {
    return HAS_DATA + " && result[0] <= " + number(bound);
  }

  /** A measurement with data above {@code bound}; no data (empty or NaN) is neither. */
  static String failureCondition(double bound) {
    return HAS_DATA + " && result[0] > " + number(bound);
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
    reference.putArray("templates").addObject().put("templateName", templateName());
    ArrayNode args = reference.putArray("args");
    ObjectNode hash = args.addObject().put("name", HASH_ARG);
    hash.putObject("valueFrom").put("podTemplateHashValue", "Latest");
    ObjectNode namespace = args.addObject().put("name", NAMESPACE_ARG);
    namespace.putObject("valueFrom").putObject("fieldRef").put("fieldPath", "metadata.namespace");
    return reference;
  }

  /** The new pods' user requests. */
  private String scope() {
    return label("namespace", "{{args." + NAMESPACE_ARG + "}}")
        + ","
        + label("rollouts_pod_template_hash", "{{args." + HASH_ARG + "}}")
        + ","
        + new ServiceSeries(service).notInternal();
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
