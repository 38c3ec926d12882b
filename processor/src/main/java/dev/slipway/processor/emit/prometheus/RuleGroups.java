package dev.slipway.processor.emit.prometheus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.alerts.Alert;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.emit.alerts.RecordingRule;
import dev.slipway.processor.plan.Environment;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.ServicePlan;
import java.util.Map;
import java.util.TreeMap;

/**
 * A service's Prometheus rule groups, the same for the plain rule file and the PrometheusRule:
 * {@code slipway-<service>-slo} with the SLI recording rules, and {@code slipway-<service>-alerts}.
 * Every alert gets the labels {@code severity}, {@code team}, {@code service} and {@code
 * environment} (production's: the groups are production's, and an overlay patches the others, see
 * {@code Overlay}), and its {@code runbook_url} points at its section of the service's runbook.
 */
public final class RuleGroups {

  /**
   * Where the alerting rules are in {@code groups}: after the recording rules, or first for a
   * worker or job, which has none.
   */
  public static int alertGroup(AlertCatalogue catalogue) {
    return catalogue.recordingRules().isEmpty() ? 0 : 1;
  }

  private RuleGroups() {}

  /** The {@code groups} array of a rule file or of a PrometheusRule's spec. */
  public static ArrayNode of(ServicePlan service, AlertCatalogue catalogue, Layout layout) {
    ArrayNode groups = JsonNodeFactory.instance.arrayNode();

    if (!catalogue.recordingRules().isEmpty()) { // a worker or job has no SLO to record
      ObjectNode recording = groups.addObject();
      recording.put("name", "slipway-" + service.name() + "-slo");
      ArrayNode recordingRules = recording.putArray("rules");
      for (RecordingRule rule : catalogue.recordingRules()) {
        ObjectNode node = recordingRules.addObject();
        node.put("record", rule.record());
        node.put("expr", rule.expr());
        node.set("labels", sorted(rule.labels()));
      }
    }

    ObjectNode alerting = groups.addObject();
    alerting.put("name", "slipway-" + service.name() + "-alerts");
    ArrayNode alertRules = alerting.putArray("rules");
    for (Alert alert : catalogue.alerts()) {
      ObjectNode node = alertRules.addObject();
      node.put("alert", alert.name());
      node.put("expr", alert.expr());
      node.put("for", alert.forText());
      ObjectNode labels = node.putObject("labels");
      labels.put("severity", alert.severity().label());
      labels.put("team", service.team());
      labels.put("service", service.name());
      labels.put(Environment.LABEL, service.production().name());
      labels.setAll(sorted(alert.labels()));
      ObjectNode annotations = node.putObject("annotations");
      annotations.put("summary", alert.summary());
      annotations.put("description", alert.description());
      annotations.put("runbook_url", layout.runbookUrl(service.name(), alert.name()));
    }
    return groups;
  }

  private static ObjectNode sorted(Map<String, String> map) {
    ObjectNode node = Serialization.object();
    new TreeMap<>(map).forEach(node::put);
    return node;
  }
}
