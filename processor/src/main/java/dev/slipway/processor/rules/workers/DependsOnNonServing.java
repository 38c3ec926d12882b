package dev.slipway.processor.rules.workers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-WRK-008: {@code dependsOn} names services that can be called. */
public final class DependsOnNonServing extends ServiceRule {

  public DependsOnNonServing() {
    super(
        "SLW-WRK-008",
        Severity.ERROR,
        "@Service(dependsOn) names no @Worker or @Job",
        "A worker or job has no Service and takes no requests, so a call to it cannot succeed and"
            + " its egress rule would open nothing useful.",
        "Remove it from dependsOn; talk to a worker through the queue it consumes.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (Located<String> d : service.dependsOn()) {
      Optional<String> kind = kind(compilation, d.value());
      if (kind.isPresent()) {
        findings.add(
            finding(
                Attribute.of("Service", "dependsOn", d),
                "is a "
                    + kind.get()
                    + ", which has no Service and takes no requests; remove it,"
                    + " and reach a worker through the queue it consumes"));
      }
    }
    return findings.stream();
  }

  private static Optional<String> kind(Compilation compilation, String name) {
    for (ServiceModel s : compilation.services()) {
      if (s.serviceName().equals(name)) {
        return s.isJob()
            ? Optional.of("@Job")
            : s.isWorker() ? Optional.of("@Worker") : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
