package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code <service>/overlays/<env>/}: the {@code kustomization.yaml} of each environment's
 * {@link Overlay} and its patch files.
 */
public final class OverlayEmitter implements Emitter {

  @Override
  public List<GeneratedFile> emit(Compilation compilation) {
    List<GeneratedFile> files = new ArrayList<>();
    for (ServiceModel service : compilation.services()) {
      for (Environment environment : Environment.all(compilation.options())) {
        Overlay overlay = Overlay.of(service, environment, compilation);
        String dir = service.serviceName() + "/overlays/" + environment.name() + "/";
        files.add(GeneratedFile.text(dir + "kustomization.yaml", Serialization.yaml(overlay.kustomization())));
        for (Overlay.Patch patch : overlay.patches()) {
          files.add(GeneratedFile.text(dir + patch.fileName(), Serialization.yaml(patch.operations())));
        }
      }
    }
    return files;
  }
}
