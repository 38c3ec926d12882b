package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code <service>/overlays/<env>/kustomization.yaml}: each environment's {@link Overlay},
 * its patches inline.
 */
public final class OverlayEmitter implements Emitter {

  @Override
  public List<GeneratedFile> emit(Compilation compilation) {
    List<GeneratedFile> files = new ArrayList<>();
    for (ServiceModel service : compilation.services()) {
      for (Environment environment : Environment.all(compilation.options())) {
        Overlay overlay = Overlay.of(service, environment, compilation);
        String path = service.serviceName() + "/overlays/" + environment.name() + "/kustomization.yaml";
        files.add(GeneratedFile.text(path, Serialization.yaml(overlay.kustomization())));
      }
    }
    return files;
  }
}
