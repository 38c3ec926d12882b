package dev.slipway.processor.emit.alerts;

import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.ServicePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every recording rule and alert of one service, built once and then written into the rule file,
 * the PrometheusRule and the runbook. Symptoms first (the SLO burn rates, which page), then what
 * the SLO alerts need to see, then the causes behind a burn. A worker has no SLO and no HTTP
 * alerts, but its backlog's; a job has only the alerts on its runs ({@link JobAlerts}).
 *
 * @param recordingRules the SLI series the burn-rate alerts read
 * @param alerts every alert, in the order of the rule file and the runbook
 */
public record AlertCatalogue(List<RecordingRule> recordingRules, List<Alert> alerts) {

  public AlertCatalogue {
    recordingRules = List.copyOf(recordingRules);
    alerts = List.copyOf(alerts);
  }

  public static AlertCatalogue of(ServicePlan service, Layout layout) {
    AlertContext ctx = AlertContext.of(service, layout);
    if (service.isJob()) {
      return new AlertCatalogue(List.of(), JobAlerts.of(ctx));
    }
    List<Alert> alerts = new ArrayList<>();
    boolean http = service.ports().servesHttp();
    if (http) {
      alerts.addAll(SloAlerts.alerts(ctx));
    }
    alerts.addAll(BacklogAlerts.of(ctx));
    alerts.addAll(ScrapeAlerts.of(ctx));
    alerts.addAll(PodAlerts.of(ctx));
    alerts.addAll(SaturationAlerts.of(ctx));
    alerts.addAll(RolloutAlerts.of(ctx));
    return new AlertCatalogue(http ? SloAlerts.recordingRules(ctx) : List.of(), alerts);
  }

  /**
   * The alerts by name, in catalogue order: one runbook section each (page and ticket share one).
   */
  public Map<String, List<Alert>> byName() {
    Map<String, List<Alert>> byName = new LinkedHashMap<>();
    for (Alert alert : alerts) {
      byName.computeIfAbsent(alert.name(), n -> new ArrayList<>()).add(alert);
    }
    return byName;
  }
}
