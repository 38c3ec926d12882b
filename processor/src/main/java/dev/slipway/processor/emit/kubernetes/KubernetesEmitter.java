package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.prometheus.PrometheusRuleManifest;
import dev.slipway.processor.emit.prometheus.ServiceMonitorManifest;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each service's kustomize base ({@code <service>/base/}): one file per object from the
 * {@link #SOURCES}, and the {@code kustomization.yaml} listing them.
 */
public final class KubernetesEmitter implements Emitter {

  /**
   * Every kind of object in a base, in the order a plain {@code kubectl apply -f} of the rendered
   * stream should create them: the identity and the network policy before any pod exists, a
   * Rollout's analysis before the Rollout that runs it, the Ingress once its Service is there, and the monitoring of it all last.
   */
  static final List<ManifestSource> SOURCES =
      List.of(
          new ServiceAccountManifest(),
          new NetworkPolicyManifest(),
          new ServiceManifest(),
          new RolloutServicesManifest(),
          new AnalysisTemplateManifest(),
          new DeploymentManifest(),
          new RolloutManifest(),
          new HpaManifest(),
          new PdbManifest(),
          new IngressManifest(),
          new ServiceMonitorManifest(),
          new PrometheusRuleManifest());

  /** The objects of {@code service}'s base, in {@link #SOURCES} order. */
  public static List<Manifest> manifests(ServiceModel service, Compilation compilation) {
    List<Manifest> manifests = new ArrayList<>();
    for (ManifestSource source : SOURCES) {
      manifests.addAll(source.manifests(service, compilation));
    }
    return manifests;
  }

  @Override
  public List<GeneratedFile> emit(Compilation compilation) {
    List<GeneratedFile> files = new ArrayList<>();
    for (ServiceModel service : compilation.services()) {
      String base = service.serviceName() + "/base/";
      ObjectNode kustomization = Serialization.object();
      kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
      kustomization.put("kind", "Kustomization");
      var resources = kustomization.putArray("resources");
      for (Manifest manifest : manifests(service, compilation)) {
        files.add(GeneratedFile.text(base + manifest.fileName(), Serialization.yaml(manifest.object())));
        resources.add(manifest.fileName());
      }
      files.add(GeneratedFile.text(base + "kustomization.yaml", Serialization.yaml(kustomization)));
    }
    return files;
  }
}
