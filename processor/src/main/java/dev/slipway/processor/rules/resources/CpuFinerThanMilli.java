package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-RES-008: CPU is a whole number of millicores; Kubernetes rounds finer values up. */
public final class CpuFinerThanMilli extends ServiceRule {

  public CpuFinerThanMilli() {
    super(
        "SLW-RES-008",
        Severity.WARNING,
        Guard.READINESS,
        "CPU quantities are whole millicores",
        "Kubernetes rounds CPU up to 1m precision, so \"0.0005\" silently becomes \"1m\".",
        "Write whole millicores, e.g. \"1m\" or \"250m\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (ResourceQuantities q : ResourceQuantities.of(service.resources())) {
      if (!q.memory()
          && q.parsed().isPresent()
          && q.parsed().get().value().signum() > 0
          && q.parsed().get().finerThanMilli()) {
        findings.add(
            finding(
                q.attribute(),
                "is finer than 1m, and Kubernetes rounds it up; write whole millicores, e.g."
                    + " \"1m\""));
      }
    }
    return findings.stream();
  }
}
