package dev.slipway.processor.emit.prometheus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import java.util.List;

/**
 * {@code <service>/prometheus/<service>.rules.yaml}: a plain Prometheus rule file for servers
 * without the Prometheus Operator ({@code rule_files:} in prometheus.yml).
 */
public final class PrometheusRulesFile implements Emitter {

  @Override
  public List<GeneratedFile> emit(Compilation compilation) {
    return compilation.services().stream()
        .map(
            service -> {
              ObjectNode file = Serialization.object();
              file.set("groups", RuleGroups.of(service, compilation));
              String name = service.serviceName();
              return GeneratedFile.text(
                  name + "/prometheus/" + name + ".rules.yaml", Serialization.yaml(file));
            })
        .toList();
  }
}
