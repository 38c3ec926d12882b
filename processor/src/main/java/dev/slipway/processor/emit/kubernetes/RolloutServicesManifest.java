package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The extra Services a Rollout steers: {@code <name>-canary} and {@code <name>-stable} for
 * {@code @Canary}, {@code <name>-preview} for {@code @BlueGreen}. Each is a copy of the service's own Service
 * with the same ports and pod selector; Argo Rollouts adds the {@code rollouts-pod-template-hash}
 * of the right ReplicaSet to its selector while a rollout runs.
 *
 * <p>Their labels leave out {@code app.kubernetes.io/name}: the ServiceMonitor selects the
 * service's Service by that label, and a second Service over the same pods would have every pod
 * scraped twice. {@code app.kubernetes.io/part-of} still names the service, and
 * {@code app.kubernetes.io/component} says which version the Service reaches.
 */
public final class RolloutServicesManifest implements ManifestSource {

  public static String canaryName(ServiceModel service) {
    return service.serviceName() + ServiceModel.CANARY_SUFFIX;
  }

  public static String stableName(ServiceModel service) {
    return service.serviceName() + ServiceModel.STABLE_SUFFIX;
  }

  public static String previewName(ServiceModel service) {
    return service.serviceName() + ServiceModel.PREVIEW_SUFFIX;
  }

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    List<Manifest> manifests = new ArrayList<>();
    if (service.canary().isPresent()) {
      manifests.add(copy(service, compilation, canaryName(service), "canary"));
      manifests.add(copy(service, compilation, stableName(service), "stable"));
    } else if (service.blueGreen().isPresent()) {
      manifests.add(copy(service, compilation, previewName(service), "preview"));
    }
    return manifests;
  }

  private static Manifest copy(ServiceModel service, Compilation compilation, String name, String role) {
    ObjectNode object = new ServiceManifest().manifests(service, compilation).get(0).object().deepCopy();
    ObjectNode metadata = object.withObject("/metadata");
    metadata.put("name", name);
    ObjectNode labels = Objects.labels(service);
    labels.remove("app.kubernetes.io/name");
    labels.put("app.kubernetes.io/component", role);
    metadata.set("labels", labels);
    return new Manifest(object);
  }
}
