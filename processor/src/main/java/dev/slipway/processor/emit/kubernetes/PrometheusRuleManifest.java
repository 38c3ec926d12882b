package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.emit.prometheus.RuleGroups;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * The PrometheusRule: the rule groups of the plain rule file as a Prometheus Operator object. It
 * carries the standard labels, so a Prometheus selects Slipway's rules with {@code ruleSelector:
 * {matchLabels: {app.kubernetes.io/managed-by: slipway}}}.
 */
final class PrometheusRuleManifest implements ManifestSource {

  static final String API_VERSION = "monitoring.coreos.com/v1";
  static final String KIND = "PrometheusRule";

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    ObjectNode rule = Objects.header(API_VERSION, KIND, service.name(), service);
    rule.putObject("spec").set("groups", RuleGroups.of(service, alerts, compile.layout()));
    return List.of(rule);
  }
}
