package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import dev.slipway.processor.plan.WorkloadKind;
import java.util.List;

/**
 * The Deployment: the workload of a service that ships with a plain rolling update. A service with
 * {@code @Canary} or {@code @BlueGreen} gets a {@code Rollout} from its own source instead, with
 * the same {@link PodTemplate}.
 */
final class DeploymentManifest implements ManifestSource {

  /** Enough old ReplicaSets for {@code kubectl rollout undo} without cluttering the namespace. */
  static final int REVISION_HISTORY = 5;

  /** A rollout that makes no progress for 10 minutes is reported as failed. */
  static final int PROGRESS_DEADLINE_SECONDS = 600;

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    if (service.workload() != WorkloadKind.DEPLOYMENT) {
      return List.of();
    }
    ObjectNode deployment = workload(service);
    ObjectNode spec = deployment.withObject("/spec");
    spec.putObject("selector").set("matchLabels", Objects.selector(service));
    ObjectNode strategy = spec.putObject("strategy");
    strategy.put("type", "RollingUpdate");
    ObjectNode rolling = strategy.putObject("rollingUpdate");
    // new pods come up before old ones go: capacity never drops, so the PDB's budget stays free
    rolling.put("maxUnavailable", 0);
    rolling.put("maxSurge", "25%");
    spec.set("template", PodTemplate.of(service));
    return List.of(deployment);
  }

  /**
   * The header and the start of the spec a Deployment and a Rollout share: the pods' labels, the
   * replica count (unless an autoscaler owns it), the history and the progress deadline.
   */
  static ObjectNode workload(ServicePlan service) {
    ObjectNode workload =
        Objects.header(
            service.workload().apiVersion(), service.workload().kind(), service.name(), service);
    workload.withObject("/metadata").set("labels", PodTemplate.labels(service));
    ObjectNode spec = workload.putObject("spec");
    if (!service.replicas().autoscaled()) {
      spec.put("replicas", service.replicas().min());
    }
    spec.put("revisionHistoryLimit", REVISION_HISTORY);
    spec.put("progressDeadlineSeconds", PROGRESS_DEADLINE_SECONDS);
    return workload;
  }
}
