package dev.slipway.processor.rules.dependencies;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** SLW-DEP-003: each dependency is listed once. */
public final class DuplicateDependency extends ServiceRule {

  public DuplicateDependency() {
    super(
        "SLW-DEP-003",
        Severity.WARNING,
        Guard.READINESS,
        "Each dependency is listed once",
        "A repeated entry is usually a copy-paste slip that hides the service really meant.",
        "Remove the repeated entry.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Set<String> seen = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (Located<String> dependency : service.dependsOn()) {
      if (!seen.add(dependency.value())) {
        findings.add(
            finding(
                Attribute.of("Service", "dependsOn", dependency),
                "is listed more than once; remove the repeated entry"));
      }
    }
    return findings.stream();
  }
}
