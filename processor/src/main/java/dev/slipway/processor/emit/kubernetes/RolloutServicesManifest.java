package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The extra Services a Rollout steers: {@code <name>-canary} and {@code <name>-stable} for
 * {@code @Canary}, {@code <name>-preview} for {@code @BlueGreen}. Each is a copy of the service's
 * own Service with the same ports and pod selector; Argo Rollouts adds the {@code
 * rollouts-pod-template-hash} of the right ReplicaSet to its selector while a rollout runs.
 *
 * <p>Their labels leave out {@code app.kubernetes.io/name}: the ServiceMonitor selects the
 * service's Service by that label, and a second Service over the same pods would have every pod
 * scraped twice. {@code app.kubernetes.io/part-of} still names the service, and {@code
 * app.kubernetes.io/component} says which version the Service reaches.
 */
final class RolloutServicesManifest implements ManifestSource {

  static String canaryName(ServicePlan service) {
    return service.name() + ServicePlan.CANARY_SUFFIX;
  }

  static String stableName(ServicePlan service) {
    return service.name() + ServicePlan.STABLE_SUFFIX;
  }

  static String previewName(ServicePlan service) {
    return service.name() + ServicePlan.PREVIEW_SUFFIX;
  }

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    List<ObjectNode> manifests = new ArrayList<>();
    if (service.canary().isPresent()) {
      manifests.add(copy(service, compile, canaryName(service), "canary"));
      manifests.add(copy(service, compile, stableName(service), "stable"));
    } else if (service.blueGreen().isPresent()) {
      manifests.add(copy(service, compile, previewName(service), "preview"));
    }
    return manifests;
  }

  private static ObjectNode copy(
      ServicePlan service, CompilePlan compile, String name, String role) {
    ObjectNode object = new ServiceManifest().manifests(service, compile, null).get(0);
    ObjectNode metadata = object.withObject("/metadata");
    metadata.put("name", name);
    ObjectNode labels = Objects.labels(service);
    labels.remove("app.kubernetes.io/name");
    labels.put("app.kubernetes.io/component", role);
    metadata.set("labels", labels);
    return object;
  }
}
