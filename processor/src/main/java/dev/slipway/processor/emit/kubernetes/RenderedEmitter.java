package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code <service>/rendered/<env>.yaml}: each environment's objects as one ready-to-apply
 * stream, the same objects {@code kubectl kustomize <service>/overlays/<env>} gives, for teams
 * that deploy without kustomize. Rendered in Java from the same {@link Overlay}. Only with
 * {@code -Aslipway.rendered=true}: the streams repeat every base object once per environment.
 */
public final class RenderedEmitter implements Emitter {

  @Override
  public List<GeneratedFile> emit(Compilation compilation) {
    List<GeneratedFile> files = new ArrayList<>();
    if (!compilation.options().rendered()) {
      return files;
    }
    for (ServiceModel service : compilation.services()) {
      List<Manifest> base = KubernetesEmitter.manifests(service, compilation);
      for (Environment environment : Environment.all(compilation.options())) {
        Overlay overlay = Overlay.of(service, environment, compilation);
        files.add(
            GeneratedFile.text(
                service.serviceName() + "/rendered/" + environment.name() + ".yaml",
                Serialization.yamlStream(overlay.render(base))));
      }
    }
    return files;
  }
}
