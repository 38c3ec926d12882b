package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-JOB-013: a CronJob keeps its failed runs long enough to alert on and read. */
public final class NoFailedHistory extends ServiceRule {

  public NoFailedHistory() {
    super(
        "SLW-JOB-013",
        Severity.WARNING,
        Guard.READINESS,
        "@Job(failedJobsHistoryLimit) keeps at least one failed run",
        "A failed run deleted at once leaves no Job for the JobFailed alert to see and no logs"
            + " for the on-call engineer to read.",
        "Keep failed runs, e.g. failedJobsHistoryLimit = 3.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty()
        || !service.job().get().scheduled()
        || service.job().get().failedJobsHistoryLimit().value() != 0) {
      return Stream.empty();
    }
    JobModel job = service.job().get();
    return Stream.of(
        finding(
            JobAttributes.of("failedJobsHistoryLimit", job.failedJobsHistoryLimit()),
            "deletes every failed run at once, so the JobFailed alert never fires and no"
                + " logs remain; keep some, e.g. failedJobsHistoryLimit = 3"));
  }
}
