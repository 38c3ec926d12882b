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
 * Writes each service's kustomize base ({@code <service>/base/}) as two files: {@code
 * manifests.yaml}, every object from the {@link #SOURCES} as one YAML stream in apply order, and
 * the {@code kustomization.yaml} that lists it. Two files rather than one per object because
 * javac's Filer compares every new file with every file written before it, so each file costs
 * more the more a compile writes (docs/performance.md).
 */
public final class KubernetesEmitter implements Emitter {

  private static final String MANIFESTS = "manifests.yaml";

  /**
   * Every kind of object in a base, in the order a plain {@code kubectl apply -f} of the base or
   * rendered stream should create them: the identity and the network policy before any pod exists, a
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
      List<ObjectNode> objects = manifests(service, compilation).stream().map(Manifest::object).toList();
      files.add(GeneratedFile.text(base + MANIFESTS, Serialization.yamlStream(objects)));
      ObjectNode kustomization = Serialization.object();
      kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
      kustomization.put("kind", "Kustomization");
      kustomization.putArray("resources").add(MANIFESTS);
      files.add(GeneratedFile.text(base + "kustomization.yaml", Serialization.yaml(kustomization)));
    }
    return files;
  }
}
