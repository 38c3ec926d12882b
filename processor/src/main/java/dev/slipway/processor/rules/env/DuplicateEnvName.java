package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** SLW-ENV-002: each environment variable is set once; reported on each repeat. */
public final class DuplicateEnvName extends ServiceRule {

  public DuplicateEnvName() {
    super(
        "SLW-ENV-002",
        Severity.ERROR,
        "Each @Env name is set once",
        "With a repeated name the container silently sees only the last value.",
        "Remove one of the entries, or rename it.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Set<String> seen = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      if (!seen.add(env.name().value())) {
        findings.add(
            finding(
                Attribute.of("Env", "name", env.name()),
                "is set more than once and the container would see only the last value; remove"
                    + " or rename the repeated entry"));
      }
    }
    return findings.stream();
  }
}
