package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;

/**
 * Builds the Kubernetes objects of one kind for a service (none when the kind does not apply,
 * such as an HPA for a fixed replica count). Named after the kind of object it builds.
 */
public interface ManifestSource {

  List<Manifest> manifests(ServiceModel service, Compilation compilation);
}
