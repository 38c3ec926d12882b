package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.AnalysisPlan;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * The Argo Rollouts {@code AnalysisTemplate} of a {@code @Canary} or {@code @BlueGreen} service,
 * named like the service. Two Prometheus metrics, the new pods' error ratio and their share of
 * requests slower than the p99 bound, each measured every minute against its bound (see {@link
 * Analysis}); the Prometheus address is {@code -Aslipway.prometheusUrl}.
 */
final class AnalysisTemplateManifest implements ManifestSource {

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    return service
        .analysis()
        .map(plan -> List.of(template(service, new Analysis(service, plan), compile)))
        .orElse(List.of());
  }

  private static ObjectNode template(ServicePlan service, Analysis analysis, CompilePlan compile) {
    ObjectNode template =
        Objects.header(
            "argoproj.io/v1alpha1", "AnalysisTemplate", analysis.templateName(), service);
    ObjectNode spec = template.putObject("spec");
    spec.set("args", analysis.templateArgs());
    ArrayNode metrics = spec.putArray("metrics");
    String prometheus = compile.prometheusUrl();
    AnalysisPlan plan = analysis.plan();
    metrics.add(
        metric(
            Analysis.ERROR_RATE,
            plan.maxErrorRate(),
            analysis.errorRatioQuery(),
            plan,
            prometheus));
    metrics.add(
        metric(
            Analysis.SLOW_REQUESTS,
            Analysis.SLOWER_THAN_P99.doubleValue(),
            analysis.slowRequestsQuery(),
            plan,
            prometheus));
    return template;
  }

  private static ObjectNode metric(
      String name, double bound, String query, AnalysisPlan plan, String prometheus) {
    ObjectNode metric = Serialization.object();
    metric.put("name", name);
    metric.put("interval", AnalysisPlan.INTERVAL.toMinutes() + "m");
    plan.count().ifPresent(count -> metric.put("count", count));
    metric.put("successCondition", Analysis.successCondition(bound));
    metric.put("failureCondition", Analysis.failureCondition(bound));
    metric.put("failureLimit", Analysis.FAILURE_LIMIT);
    metric.put("inconclusiveLimit", plan.inconclusiveLimit());
    metric.put("consecutiveErrorLimit", Analysis.CONSECUTIVE_ERROR_LIMIT);
    ObjectNode provider = metric.putObject("provider").putObject("prometheus");
    provider.put("address", prometheus);
    provider.put("query", query);
    return metric;
  }
}
