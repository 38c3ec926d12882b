package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;

/**
 * The Argo Rollouts {@code AnalysisTemplate} of a {@code @Canary} or {@code @BlueGreen} service,
 * named like the service. Two Prometheus metrics, the new pods' error ratio and p99 latency, each
 * measured every minute against its bound (see {@link Analysis}); the Prometheus address is
 * {@code -Aslipway.prometheusUrl}.
 */
public final class AnalysisTemplateManifest implements ManifestSource {

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    return Analysis.of(service)
        .map(analysis -> List.of(new Manifest(template(service, analysis, compilation))))
        .orElse(List.of());
  }

  private static ObjectNode template(ServiceModel service, Analysis analysis, Compilation compilation) {
    ObjectNode template =
        Objects.header("argoproj.io/v1alpha1", "AnalysisTemplate", analysis.templateName(), service);
    ObjectNode spec = template.putObject("spec");
    spec.set("args", analysis.templateArgs());
    ArrayNode metrics = spec.putArray("metrics");
    String prometheus = compilation.options().prometheusUrl();
    metrics.add(metric(Analysis.ERROR_RATE, analysis.maxErrorRate(), analysis.errorRatioQuery(), analysis, prometheus));
    metrics.add(metric(Analysis.LATENCY_P99, analysis.maxLatencySeconds(), analysis.latencyQuery(), analysis, prometheus));
    return template;
  }

  private static ObjectNode metric(String name, double bound, String query, Analysis analysis, String prometheus) {
    ObjectNode metric = Serialization.object();
    metric.put("name", name);
    metric.put("interval", Analysis.INTERVAL.toMinutes() + "m");
    analysis.count().ifPresent(count -> metric.put("count", count));
    metric.put("successCondition", Analysis.successCondition(bound));
    metric.put("failureCondition", Analysis.failureCondition(bound));
    metric.put("failureLimit", Analysis.FAILURE_LIMIT);
    metric.put("inconclusiveLimit", analysis.inconclusiveLimit());
    metric.put("consecutiveErrorLimit", Analysis.CONSECUTIVE_ERROR_LIMIT);
    ObjectNode provider = metric.putObject("provider").putObject("prometheus");
    provider.put("address", prometheus);
    provider.put("query", query);
    return metric;
  }
}
