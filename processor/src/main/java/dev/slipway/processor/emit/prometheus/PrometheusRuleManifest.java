package dev.slipway.processor.emit.prometheus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.kubernetes.Manifest;
import dev.slipway.processor.emit.kubernetes.ManifestSource;
import dev.slipway.processor.emit.kubernetes.Objects;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;

/**
 * The PrometheusRule: the rule groups of {@link PrometheusRulesFile} as a Prometheus
 * Operator object. It carries the standard labels, so a Prometheus selects Slipway's rules with
 * {@code ruleSelector: {matchLabels: {app.kubernetes.io/managed-by: slipway}}}.
 */
public final class PrometheusRuleManifest implements ManifestSource {

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    ObjectNode rule =
        Objects.header(
            "monitoring.coreos.com/v1", "PrometheusRule", service.serviceName(), service);
    rule.putObject("spec").set("groups", RuleGroups.of(service, compilation));
    return List.of(new Manifest(rule));
  }
}
