package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/**
 * SLW-JOB-014: a one-off Job is cleaned up by its time to live, a CronJob's runs by the history
 * limits alone (kube-linter {@code job-ttl-seconds-after-finished}).
 */
public final class TtlForKind extends ServiceRule {

  public TtlForKind() {
    super(
        "SLW-JOB-014",
        Severity.ERROR,
        Guard.READINESS,
        "@Job(ttlAfterFinished) is set on a one-off Job and not on a scheduled one",
        "Finished one-off Jobs without a TTL pile up with their pods; a TTL on a CronJob's runs"
            + " deletes them behind the history limits' back, with the failed runs the alerts and"
            + " the on-call engineer need (kube-linter job-ttl-seconds-after-finished).",
        "Give a one-off Job a TTL, e.g. ttlAfterFinished = \"24h\"; on a scheduled job, leave it"
            + " out and use the history limits.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty()) {
      return Stream.empty();
    }
    JobModel job = service.job().get();
    boolean written = job.ttlAfterFinished().explicit();
    if (job.scheduled() && written) {
      return Stream.of(
          finding(
              JobAttributes.of("ttlAfterFinished", job.ttlAfterFinished()),
              "would delete the CronJob's runs behind its history limits, failed runs"
                  + " included; remove it and keep runs with successfulJobsHistoryLimit"
                  + " and failedJobsHistoryLimit"));
    }
    if (!job.scheduled() && job.ttlAfterFinished().value().isEmpty()) {
      return Stream.of(
          finding(
              JobAttributes.of("ttlAfterFinished", job.ttlAfterFinished()),
              "keeps the finished Job and its pods for ever; set a time to live, e.g."
                  + " ttlAfterFinished = \"24h\""));
    }
    return Stream.empty();
  }
}
