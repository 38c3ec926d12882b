package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;

/**
 * The Deployment: the workload of a service that ships with a plain rolling update. A
 * service with {@code @Canary} or {@code @BlueGreen} gets a {@code Rollout} from its own source
 * instead, with the same {@link PodTemplate}.
 */
public final class DeploymentManifest implements ManifestSource {

  /** Enough old ReplicaSets for {@code kubectl rollout undo} without cluttering the namespace. */
  static final int REVISION_HISTORY = 5;

  /** A rollout that makes no progress for 10 minutes is reported as failed. */
  static final int PROGRESS_DEADLINE_SECONDS = 600;

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    if (service.isRollout()) {
      return List.of();
    }
    ObjectNode deployment = Objects.header("apps/v1", "Deployment", service.serviceName(), service);
    deployment.withObject("/metadata").set("labels", PodTemplate.labels(service, compilation));
    ObjectNode spec = deployment.putObject("spec");
    if (!Workload.autoscaled(service)) {
      spec.put("replicas", Workload.minReplicas(service));
    }
    spec.put("revisionHistoryLimit", REVISION_HISTORY);
    spec.put("progressDeadlineSeconds", PROGRESS_DEADLINE_SECONDS);
    spec.putObject("selector").set("matchLabels", Objects.selector(service));
    ObjectNode strategy = spec.putObject("strategy");
    strategy.put("type", "RollingUpdate");
    ObjectNode rolling = strategy.putObject("rollingUpdate");
    // new pods come up before old ones go: capacity never drops, so the PDB's budget stays free
    rolling.put("maxUnavailable", 0);
    rolling.put("maxSurge", "25%");
    spec.set("template", PodTemplate.of(service, compilation));
    return List.of(new Manifest(deployment));
  }
}
