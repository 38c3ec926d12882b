package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CanaryPlan;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ExposePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * A Gateway API {@code HTTPRoute} ({@code gateway.networking.k8s.io/v1}) for a service exposed
 * through a Gateway: attached to the platform's Gateway on the listener {@code @Expose(listener)}
 * names (which terminates TLS, so the route has no certificate of its own), for the host and the
 * path prefix, to the service's port.
 *
 * <p>The backend is the service's own Service; for a canary whose weights the route carries it is
 * the Rollout's {@code <name>-stable} at weight 100 and {@code <name>-canary} at weight 0, and Argo
 * Rollouts' Gateway API plugin moves the weights step by step (and, with {@code @Canary(header)},
 * adds a rule of its own for the header while a rollout runs).
 */
final class HttpRouteManifest implements ManifestSource {

  static final String API_VERSION = "gateway.networking.k8s.io/v1";
  static final String KIND = "HTTPRoute";

  /** The route's name: the service's, like every object of its own. */
  static String name(ServicePlan service) {
    return service.name();
  }

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    return service
        .expose()
        .filter(ExposePlan::throughGateway)
        .map(expose -> List.of(route(service, expose, expose.gateway().orElseThrow())))
        .orElse(List.of());
  }

  private static ObjectNode route(
      ServicePlan service, ExposePlan expose, ExposePlan.Listener listener) {
    ObjectNode route = Objects.header(API_VERSION, KIND, name(service), service);
    ObjectNode spec = route.putObject("spec");
    ObjectNode parent = spec.putArray("parentRefs").addObject();
    parent.put("group", "gateway.networking.k8s.io");
    parent.put("kind", "Gateway");
    parent.put("namespace", listener.gateway().namespace());
    parent.put("name", listener.gateway().name());
    parent.put("sectionName", listener.sectionName());
    spec.putArray("hostnames").add(expose.host());
    ObjectNode rule = spec.putArray("rules").addObject();
    ObjectNode path = rule.putArray("matches").addObject().putObject("path");
    path.put("type", "PathPrefix");
    path.put("value", expose.path());
    ArrayNode backends = rule.putArray("backendRefs");
    boolean weighted = service.canary().map(CanaryPlan::trafficRouted).orElse(false);
    if (weighted) {
      backends.add(backend(RolloutServicesManifest.stableName(service), service, 100));
      backends.add(backend(RolloutServicesManifest.canaryName(service), service, 0));
    } else {
      ObjectNode backend = backends.addObject();
      backend.put("name", service.name());
      backend.put("port", service.ports().http());
    }
    return route;
  }

  private static ObjectNode backend(String name, ServicePlan service, int weight) {
    ObjectNode backend = Serialization.object();
    backend.put("name", name);
    backend.put("port", service.ports().http());
    backend.put("weight", weight);
    return backend;
  }
}
