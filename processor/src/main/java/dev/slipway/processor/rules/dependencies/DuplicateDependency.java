package dev.slipway.processor.rules.dependencies;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
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
    List<Located<String>> repeats =
        service.dependsOn().stream().filter(d -> !seen.add(d.value())).toList();
    return repeats.stream()
        .map(
            dependency ->
                finding(
                    dependency.origin(),
                    Describe.attribute("Service", "dependsOn", dependency.value())
                        + " is listed more than once; remove the repeated entry"));
  }
}
