package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.ArrayList;
import java.util.List;

/** The objects of a service's kustomize base, from one {@link ManifestSource} per kind. */
public final class BaseManifests {

  /**
   * Every kind of object in a base, in the order a plain {@code kubectl apply -f} of the base or
   * rendered stream should create them: the identity and the network policy before any pod exists,
   * a Rollout's analysis before the Rollout that runs it, the Ingress or HTTPRoute once its
   * Services are there, and the monitoring of it all last.
   */
  private static final List<ManifestSource> SOURCES =
      List.of(
          new ServiceAccountManifest(),
          new NetworkPolicyManifest(),
          new ServiceManifest(),
          new RolloutServicesManifest(),
          new AnalysisTemplateManifest(),
          new DeploymentManifest(),
          new RolloutManifest(),
          new JobManifest(),
          new CronJobManifest(),
          new HpaManifest(),
          new PdbManifest(),
          new IngressManifest(),
          new HttpRouteManifest(),
          new ServiceMonitorManifest(),
          new PrometheusRuleManifest());

  private BaseManifests() {}

  /** The objects of {@code service}'s base, in {@link #SOURCES} order. */
  public static List<ObjectNode> of(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    List<ObjectNode> manifests = new ArrayList<>();
    for (ManifestSource source : SOURCES) {
      manifests.addAll(source.manifests(service, compile, alerts));
    }
    return manifests;
  }
}
