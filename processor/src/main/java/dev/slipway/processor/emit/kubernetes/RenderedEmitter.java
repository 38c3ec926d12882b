package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.ServiceOutput;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * Writes {@code <service>/rendered/<env>.yaml}: each environment's objects as one ready-to-apply
 * stream, the same objects {@code kubectl kustomize <service>/overlays/<env>} gives, for teams that
 * deploy without kustomize. Rendered in Java from the same {@link Overlay}. Only with {@code
 * -Aslipway.rendered=true}: the streams repeat every base object once per environment.
 */
public final class RenderedEmitter implements Emitter {

  @Override
  public List<GeneratedFile> emit(ServiceOutput output) {
    if (!output.compile().rendered()) {
      return List.of();
    }
    ServicePlan service = output.service();
    return service.environments().stream()
        .map(
            environment ->
                GeneratedFile.text(
                    Layout.rendered(service.name(), environment.name()),
                    Serialization.yamlStream(
                        Overlay.of(service, environment, output.alerts()).render(output.base()))))
        .toList();
  }
}
