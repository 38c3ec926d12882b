package dev.slipway.processor;

import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.GeneratedSource;
import dev.slipway.processor.emit.ServiceOutput;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.emit.grafana.DashboardFile;
import dev.slipway.processor.emit.grafana.DashboardKustomizationFile;
import dev.slipway.processor.emit.kubernetes.BaseEmitter;
import dev.slipway.processor.emit.kubernetes.BaseManifests;
import dev.slipway.processor.emit.kubernetes.ClusterEmitter;
import dev.slipway.processor.emit.kubernetes.EnvironmentEmitter;
import dev.slipway.processor.emit.kubernetes.OverlayEmitter;
import dev.slipway.processor.emit.kubernetes.RenderedEmitter;
import dev.slipway.processor.emit.prometheus.PrometheusRulesFile;
import dev.slipway.processor.emit.runbook.RunbookFile;
import dev.slipway.processor.emit.runtime.RuntimeDescriptorClass;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.ServicePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every emitter, and the one place that runs them all on a plan. */
public final class Emitters {

  /** One emitter per output kind of a service; each file's path says which one wrote it. */
  static final List<Emitter> SERVICE_EMITTERS =
      List.of(
          new BaseEmitter(),
          new OverlayEmitter(),
          new RenderedEmitter(),
          new PrometheusRulesFile(),
          new DashboardFile(),
          new DashboardKustomizationFile(),
          new RunbookFile());

  private Emitters() {}

  /**
   * All files of a compile, sorted by path so that the write order is deterministic too. A
   * service's alert catalogue and base objects are built once and shared by every file that shows
   * them.
   */
  public static List<GeneratedFile> emitAll(CompilePlan compile) {
    List<GeneratedFile> files = new ArrayList<>();
    for (ServicePlan service : compile.services()) {
      AlertCatalogue alerts = AlertCatalogue.of(service, compile.layout());
      ServiceOutput output =
          new ServiceOutput(service, compile, alerts, BaseManifests.of(service, compile, alerts));
      for (Emitter emitter : SERVICE_EMITTERS) {
        files.addAll(emitter.emit(output));
      }
    }
    files.addAll(EnvironmentEmitter.emit(compile));
    files.addAll(ClusterEmitter.emit(compile));
    files.sort(Comparator.comparing(GeneratedFile::path));
    for (int i = 0; i < files.size(); i++) {
      String path = files.get(i).path();
      if (!Layout.isSafePath(path) || (i > 0 && files.get(i - 1).path().equals(path))) {
        // a name no rule caught: fail here, before the processor writes a single file
        throw new IllegalStateException(
            "the plan would write the file \"" + path + "\" twice or under an unsafe name");
      }
    }
    return files;
  }

  /**
   * The runtime descriptor classes of a compile's services and workers; none unless the runtime or
   * the starter can read them.
   */
  public static List<GeneratedSource> descriptorSources(CompilePlan compile) {
    List<GeneratedSource> sources = new ArrayList<>();
    if (compile.runtimeOnClassPath()) {
      for (ServicePlan service : compile.services()) {
        if (!service.isJob()) { // a job serves nothing: no runtime endpoints
          sources.add(RuntimeDescriptorClass.of(service));
        }
      }
    }
    return sources;
  }
}
