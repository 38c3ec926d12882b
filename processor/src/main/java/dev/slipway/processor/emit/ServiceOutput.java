package dev.slipway.processor.emit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * What the files of one service are written from, each part computed once: the plan, the compile
 * around it, its alert catalogue (rule file, PrometheusRule and runbook) and its base objects (the
 * base, the overlays' rendered streams).
 *
 * @param base the objects of the kustomize base, in apply order
 */
public record ServiceOutput(
    ServicePlan service, CompilePlan compile, AlertCatalogue alerts, List<ObjectNode> base) {

  public ServiceOutput {
    base = List.copyOf(base);
  }
}
