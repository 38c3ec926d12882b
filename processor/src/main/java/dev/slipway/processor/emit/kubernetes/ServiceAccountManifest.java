package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/** The ServiceAccount: the pod's own identity, with no API token mounted. */
public final class ServiceAccountManifest implements ManifestSource {

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    ObjectNode account = Objects.header("v1", "ServiceAccount", service.name(), service);
    account.put("automountServiceAccountToken", false);
    return List.of(account);
  }
}
