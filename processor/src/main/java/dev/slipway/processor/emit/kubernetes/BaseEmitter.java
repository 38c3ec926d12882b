package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.ServiceOutput;
import dev.slipway.processor.plan.Layout;
import java.util.List;

/**
 * Writes each service's kustomize base ({@code <service>/base/}) as two files: {@code
 * manifests.yaml}, every object of {@link BaseManifests} as one YAML stream in apply order, and the
 * {@code kustomization.yaml} that lists it. Two files rather than one per object because javac's
 * Filer compares every new file with every file written before it, so each file costs more the more
 * a compile writes (docs/performance.md).
 */
public final class BaseEmitter implements Emitter {

  @Override
  public List<GeneratedFile> emit(ServiceOutput output) {
    String base = Layout.base(output.service().name());
    return List.of(
        GeneratedFile.text(base + Layout.MANIFESTS, Serialization.yamlStream(output.base())),
        GeneratedFile.text(
            base + Layout.KUSTOMIZATION,
            Serialization.yaml(Kustomizations.listing(List.of(Layout.MANIFESTS)))));
  }
}
