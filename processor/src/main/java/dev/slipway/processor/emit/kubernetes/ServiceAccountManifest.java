package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;

/** The ServiceAccount: the pod's own identity, with no API token mounted. */
public final class ServiceAccountManifest implements ManifestSource {

  @Override
  public List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    ObjectNode account = Objects.header("v1", "ServiceAccount", service.serviceName(), service);
    account.put("automountServiceAccountToken", false);
    return List.of(new Manifest(account));
  }
}
