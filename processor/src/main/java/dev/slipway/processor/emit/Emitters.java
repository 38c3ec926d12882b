package dev.slipway.processor.emit;

import dev.slipway.processor.emit.grafana.DashboardFile;
import dev.slipway.processor.emit.grafana.DashboardKustomizationFile;
import dev.slipway.processor.emit.kubernetes.EnvironmentEmitter;
import dev.slipway.processor.emit.kubernetes.KubernetesEmitter;
import dev.slipway.processor.emit.kubernetes.OverlayEmitter;
import dev.slipway.processor.emit.kubernetes.RenderedEmitter;
import dev.slipway.processor.emit.prometheus.PrometheusRulesFile;
import dev.slipway.processor.emit.runbook.RunbookFile;
import dev.slipway.processor.emit.runtime.RuntimeDescriptorFile;
import dev.slipway.processor.model.Compilation;
import java.util.Comparator;
import java.util.List;

/** Every emitter, and the one place that runs them all. */
public final class Emitters {

  /** One emitter per output kind. */
  public static final List<Emitter> ALL =
      List.of(
          new KubernetesEmitter(),
          new OverlayEmitter(),
          new RenderedEmitter(),
          new EnvironmentEmitter(),
          new PrometheusRulesFile(),
          new DashboardFile(),
          new DashboardKustomizationFile(),
          new RunbookFile(),
          new RuntimeDescriptorFile());

  private Emitters() {}

  /** All files of a compile, sorted by path so that the write order is deterministic too. */
  public static List<GeneratedFile> emitAll(Compilation compilation) {
    return ALL.stream()
        .flatMap(e -> e.emit(compilation).stream())
        .sorted(Comparator.comparing(GeneratedFile::path))
        .toList();
  }
}
