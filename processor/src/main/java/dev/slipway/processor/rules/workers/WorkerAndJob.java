package dev.slipway.processor.rules.workers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-WRK-003: a class is a worker or a job, not both. */
public final class WorkerAndJob extends ServiceRule {

  public WorkerAndJob() {
    super(
        "SLW-WRK-003",
        Severity.ERROR,
        "@Worker and @Job are not on the same class",
        "A worker runs for ever and a job to completion; one class cannot be both.",
        "Keep @Worker for a long-running consumer, or @Job for a process that ends.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.worker().isEmpty() || service.job().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.worker().get(),
            "@Worker and @Job are both on "
                + service.serviceName()
                + ", which cannot run for ever and to completion; keep @Worker for a"
                + " long-running consumer, or @Job for a process that ends"));
  }
}
