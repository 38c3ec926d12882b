package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** SLW-ENVS-003: each environment has at most one {@code @Environment}. */
public final class DuplicateEnvironment extends ServiceRule {

  public DuplicateEnvironment() {
    super(
        "SLW-ENVS-003",
        Severity.ERROR,
        "One @Environment per environment",
        "With two overrides of one environment, which value wins would depend on the order of"
            + " the annotations, and a reader of one would not see the other.",
        "Merge the two @Environment annotations into one.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Set<String> seen = new HashSet<>();
    Stream.Builder<Finding> findings = Stream.builder();
    for (EnvironmentModel e : service.environments()) {
      if (!seen.add(e.environment())) {
        findings.add(
            finding(
                Overrides.name(e),
                "is a second override of "
                    + e.environment()
                    + "; merge it into the first "
                    + Overrides.name(e).described()));
      }
    }
    return findings.build();
  }
}
