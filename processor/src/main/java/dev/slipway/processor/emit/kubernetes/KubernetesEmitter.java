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

  /** Every kind of object in a base, in the order kustomize lists them. */
  static final List<ManifestSource> SOURCES =
      List.of(
          new ServiceAccountManifest(),
          new ServiceMonitorManifest(),
          new PrometheusRuleManifest());

  @Override
  public List<GeneratedFile> emit(Compilation compilation) {
    List<GeneratedFile> files = new ArrayList<>();
    for (ServiceModel service : compilation.services()) {
      String base = service.serviceName() + "/base/";
      List<String> resources = new ArrayList<>();
      for (ManifestSource source : SOURCES) {
        for (Manifest manifest : source.manifests(service, compilation)) {
          files.add(GeneratedFile.text(base + manifest.fileName(), Serialization.yaml(manifest.object())));
          resources.add(manifest.fileName());
        }
      }
      ObjectNode kustomization = Serialization.object();
      kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
      kustomization.put("kind", "Kustomization");
      resources.forEach(kustomization.putArray("resources")::add);
      files.add(GeneratedFile.text(base + "kustomization.yaml", Serialization.yaml(kustomization)));
    }
    return files;
  }
}
