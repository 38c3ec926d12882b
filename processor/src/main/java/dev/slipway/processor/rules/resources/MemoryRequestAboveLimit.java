package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-RES-004: the memory request does not exceed the memory limit ("1Gi" > "1000Mi"). */
public final class MemoryRequestAboveLimit extends ServiceRule {

  public MemoryRequestAboveLimit() {
    super(
        "SLW-RES-004",
        Severity.ERROR,
        "@Resources(memory) is at most memoryLimit",
        "Kubernetes rejects a container whose request exceeds its limit.",
        "Lower memory or raise memoryLimit; values compare across units (\"1Gi\" > \"1G\").");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Attribute<String> memory = Attribute.of("Resources", "memory", service.resources().memory());
    Attribute<String> limit =
        Attribute.of("Resources", "memoryLimit", service.resources().memoryLimit());
    Optional<String> problem = RequestAboveLimit.problem(memory, limit);
    return problem.isEmpty() ? Stream.empty() : Stream.of(finding(memory, problem.get()));
  }
}
