package dev.slipway.processor.rules.workers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
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
    return service.dependsOn().stream()
        .flatMap(
            d ->
                kind(compilation, d.value())
                    .map(
                        kind ->
                            finding(
                                Attribute.of("Service", "dependsOn", d),
                                "is a "
                                    + kind
                                    + ", which has no Service and takes no requests; remove it,"
                                    + " and reach a worker through the queue it consumes"))
                    .stream());
  }

  private static Optional<String> kind(Compilation compilation, String name) {
    return compilation.services().stream()
        .filter(s -> s.serviceName().equals(name))
        .findFirst()
        .flatMap(
            s ->
                s.isJob()
                    ? Optional.of("@Job")
                    : s.isWorker() ? Optional.of("@Worker") : Optional.empty());
  }
}
