package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * A policy/v1 PodDisruptionBudget when the service runs more than one replica. {@code
 * maxUnavailable: 1} lets voluntary evictions (node drains, cluster upgrades) take one pod at a
 * time and never blocks them, whatever the replica count; unhealthy pods may always be evicted, so
 * a crash-looping pod cannot hold a drain hostage.
 */
public final class PdbManifest implements ManifestSource {

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    if (service.replicas().min() <= 1) {
      return List.of();
    }
    ObjectNode pdb = Objects.header("policy/v1", "PodDisruptionBudget", service.name(), service);
    ObjectNode spec = pdb.putObject("spec");
    spec.put("maxUnavailable", 1);
    spec.putObject("selector").set("matchLabels", Objects.selector(service));
    spec.put("unhealthyPodEvictionPolicy", "AlwaysAllow");
    return List.of(pdb);
  }
}
