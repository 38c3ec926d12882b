package dev.slipway.processor.emit.prometheus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.ServiceOutput;
import dev.slipway.processor.plan.Layout;
import java.util.List;

/**
 * {@code <service>/prometheus/<service>.rules.yaml}: a plain Prometheus rule file for servers
 * without the Prometheus Operator ({@code rule_files:} in prometheus.yml).
 */
public final class PrometheusRulesFile implements Emitter {

  @Override
  public List<GeneratedFile> emit(ServiceOutput output) {
    ObjectNode file = Serialization.object();
    file.set("groups", RuleGroups.of(output.service(), output.alerts(), output.compile().layout()));
    return List.of(
        GeneratedFile.text(Layout.rules(output.service().name()), Serialization.yaml(file)));
  }
}
