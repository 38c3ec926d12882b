package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-RES-003: the CPU request does not exceed the CPU limit ("2" > "1500m"). */
public final class CpuRequestAboveLimit extends ServiceRule {

  public CpuRequestAboveLimit() {
    super(
        "SLW-RES-003",
        Severity.ERROR,
        "@Resources(cpu) is at most cpuLimit",
        "Kubernetes rejects a container whose request exceeds its limit.",
        "Lower cpu or raise cpuLimit; values compare across units (\"1\" = \"1000m\").");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Attribute<String> cpu = Attribute.of("Resources", "cpu", service.resources().cpu());
    Attribute<String> limit = Attribute.of("Resources", "cpuLimit", service.resources().cpuLimit());
    Optional<String> problem = RequestAboveLimit.problem(cpu, limit, true);
    return problem.isEmpty() ? Stream.empty() : Stream.of(finding(cpu, problem.get()));
  }
}
