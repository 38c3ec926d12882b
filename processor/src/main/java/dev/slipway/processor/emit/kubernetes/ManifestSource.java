package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * Builds the Kubernetes objects of one kind for a service (none when the kind does not apply, such
 * as an HPA for a fixed replica count). Named after the kind of object it builds.
 */
interface ManifestSource {

  List<ObjectNode> manifests(ServicePlan service, CompilePlan compile, AlertCatalogue alerts);
}
