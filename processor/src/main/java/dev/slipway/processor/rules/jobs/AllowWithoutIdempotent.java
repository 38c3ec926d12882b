package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-JOB-008: runs only overlap when the job says that is safe. */
public final class AllowWithoutIdempotent extends ServiceRule {

  public AllowWithoutIdempotent() {
    super(
        "SLW-JOB-008",
        Severity.ERROR,
        Guard.READINESS,
        "@Job(concurrencyPolicy = ALLOW) only with idempotent = true",
        "With Allow a slow run and the next one run at the same time over the same data: double"
            + " charges, duplicate e-mails, lost updates, unless the job is idempotent.",
        "Use ConcurrencyPolicy.FORBID (skip a run while one is active) or REPLACE, or declare"
            + " idempotent = true if two runs at once are safe.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty()) {
      return Stream.empty();
    }
    JobModel job = service.job().get();
    if (!job.concurrencyPolicy().value().equals("ALLOW") || job.idempotent().value()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            JobAttributes.constant(
                "concurrencyPolicy", "ConcurrencyPolicy", job.concurrencyPolicy()),
            "lets two runs work at once, but "
                + service.serviceName()
                + " is not declared idempotent; use ConcurrencyPolicy.FORBID, or set"
                + " idempotent = true if overlapping runs are safe"));
  }
}
