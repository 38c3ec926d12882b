package dev.slipway.processor.emit.grafana;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.ServiceOutput;
import dev.slipway.processor.emit.kubernetes.Kustomizations;
import dev.slipway.processor.emit.kubernetes.Objects;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * {@code <service>/grafana/kustomization.yaml}: packs the dashboard into a ConfigMap labelled
 * {@code grafana_dashboard: "1"}, which the Grafana sidecar of kube-prometheus-stack and the
 * Grafana Helm chart load automatically. It is a separate kustomization, not part of the service's
 * base: the dashboard has a namespace variable and a fixed uid, so a platform team applies it once
 * (for example into its monitoring namespace) instead of once per environment, where copies with
 * the same uid would conflict.
 */
public final class DashboardKustomizationFile implements Emitter {

  /** The label the Grafana dashboard sidecar watches by default. */
  static final String SIDECAR_LABEL = "grafana_dashboard";

  @Override
  public List<GeneratedFile> emit(ServiceOutput output) {
    ServicePlan service = output.service();
    return List.of(
        GeneratedFile.text(
            Layout.grafana(service.name()) + Layout.KUSTOMIZATION,
            Serialization.yaml(kustomization(service))));
  }

  private static ObjectNode kustomization(ServicePlan service) {
    ObjectNode kustomization = Kustomizations.empty();
    ObjectNode generator = kustomization.putArray("configMapGenerator").addObject();
    generator.put("name", service.name() + "-dashboard");
    generator.putArray("files").add(Layout.dashboardFile(service.name()));
    ObjectNode options = generator.putObject("options");
    // a stable name, so the sidecar replaces the dashboard instead of collecting old copies
    options.put("disableNameSuffixHash", true);
    ObjectNode labels = Objects.labels(service);
    labels.put(SIDECAR_LABEL, "1");
    options.set("labels", labels);
    return kustomization;
  }
}
