package dev.slipway.processor.rules.workers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-WRK-002: a worker has no HTTP request SLO. */
public final class WorkerWithSlo extends ServiceRule {

  public WorkerWithSlo() {
    super(
        "SLW-WRK-002",
        Severity.ERROR,
        "@Worker has no @Slo",
        "@Slo is an objective on HTTP requests; a worker answers none, so its burn-rate alerts"
            + " would see no data and its error budget would mean nothing.",
        "Remove @Slo; declare @Backlog to be alerted when the worker falls behind.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (!service.isWorker() || !service.sloWritten()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.slo().origin(),
            "@Slo is an objective on HTTP requests, and the @Worker "
                + service.serviceName()
                + " answers none; remove it, and declare @Backlog to be alerted when it falls"
                + " behind"));
  }
}
