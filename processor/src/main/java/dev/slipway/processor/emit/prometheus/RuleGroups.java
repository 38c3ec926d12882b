package dev.slipway.processor.emit.prometheus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A service's Prometheus rule groups, the same for the plain rule file and the PrometheusRule:
 * {@code slipway-<service>-slo} with the SLI recording rules, and {@code slipway-<service>-alerts}.
 */
public final class RuleGroups {

  private RuleGroups() {}

  /** Every alert of the service, SLO burn rates first. */
  public static List<Alert> alerts(ServiceModel service, Compilation compilation) {
    AlertContext ctx = AlertContext.of(service, compilation);
    return Stream.concat(SloRules.alerts(ctx).stream(), WorkloadRules.alerts(ctx).stream())
        .toList();
  }

  /** The {@code groups} array of a rule file or of a PrometheusRule's spec. */
  public static ArrayNode of(ServiceModel service, Compilation compilation) {
    AlertContext ctx = AlertContext.of(service, compilation);
    ArrayNode groups = JsonNodeFactory.instance.arrayNode();

    ObjectNode recording = groups.addObject();
    recording.put("name", "slipway-" + ctx.name() + "-slo");
    ArrayNode recordingRules = recording.putArray("rules");
    for (RecordingRule rule : SloRules.recordingRules(ctx)) {
      ObjectNode node = recordingRules.addObject();
      node.put("record", rule.record());
      node.put("expr", rule.expr());
      node.set("labels", sorted(rule.labels()));
    }

    ObjectNode alerting = groups.addObject();
    alerting.put("name", "slipway-" + ctx.name() + "-alerts");
    ArrayNode alertRules = alerting.putArray("rules");
    for (Alert alert : alerts(service, compilation)) {
      ObjectNode node = alertRules.addObject();
      node.put("alert", alert.name());
      node.put("expr", alert.expr());
      node.put("for", alert.forDuration());
      ObjectNode labels = node.putObject("labels");
      labels.put("severity", alert.severity().label());
      labels.put("team", ctx.team());
      labels.put("service", ctx.name());
      labels.setAll(sorted(alert.labels()));
      ObjectNode annotations = node.putObject("annotations");
      annotations.put("summary", alert.summary());
      annotations.put("description", alert.description());
      annotations.put("runbook_url", ctx.runbookUrl(alert.name()));
    }
    return groups;
  }

  private static ObjectNode sorted(Map<String, String> map) {
    ObjectNode node = Serialization.object();
    new TreeMap<>(map).forEach(node::put);
    return node;
  }
}
