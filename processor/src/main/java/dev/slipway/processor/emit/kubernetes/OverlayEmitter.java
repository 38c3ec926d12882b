package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.ServiceOutput;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * Writes {@code <service>/overlays/<env>/kustomization.yaml}: each environment's {@link Overlay},
 * its patches inline.
 */
public final class OverlayEmitter implements Emitter {

  @Override
  public List<GeneratedFile> emit(ServiceOutput output) {
    ServicePlan service = output.service();
    return service.environments().stream()
        .map(
            environment ->
                GeneratedFile.text(
                    Layout.overlay(service.name(), environment.name()),
                    Serialization.yaml(
                        Overlay.of(service, environment, output.alerts()).kustomization())))
        .toList();
  }
}
