package dev.slipway.processor.rules.dependencies;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-DEP-005: a dependency names a service compiled together with this one. */
public final class UnknownDependency extends ServiceRule {

  public UnknownDependency() {
    super(
        "SLW-DEP-005",
        Severity.WARNING,
        Guard.READINESS,
        "Each dependency is a @Service of the same compile",
        "The egress NetworkPolicy and the runbook assume a Service of that name; a typo leaves"
            + " the real dependency blocked by the NetworkPolicy.",
        "Check the name; for a service built in another project, waive this rule with the reason.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (Located<String> d : service.dependsOn()) {
      if (!d.value().equals(service.serviceName()) // SLW-DEP-002
          && KubernetesNames.dns1035LabelProblem(d.value()).isEmpty() // SLW-DEP-001
          && compilation.service(d.value()).isEmpty()) {
        findings.add(
            finding(
                Attribute.of("Service", "dependsOn", d),
                "is not a @Service in this compile, so its egress rule trusts a Service of that"
                    + " name blindly; check the name, or waive SLW-DEP-005 for a service built"
                    + " elsewhere"));
      }
    }
    return findings.stream();
  }
}
