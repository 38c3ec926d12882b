package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-JOB-010: the attributes of a schedule are only set on a scheduled job. */
public final class ScheduleOnlyAttribute extends ServiceRule {

  public ScheduleOnlyAttribute() {
    super(
        "SLW-JOB-010",
        Severity.ERROR,
        "@Job's CronJob attributes only with a schedule",
        "timeZone, concurrencyPolicy, startingDeadline and the history limits belong to a CronJob;"
            + " on a one-off Job they would be silently ignored.",
        "Add a schedule, or remove the attribute.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty() || service.job().get().scheduled()) {
      return Stream.empty();
    }
    List<Finding> findings = new ArrayList<>();
    for (Attribute<?> a : attributes(service.job().get())) {
      if (a.located().explicit()) {
        findings.add(
            finding(
                a,
                "only applies to a scheduled job, and "
                    + "@Job has no schedule; add schedule = \"...\" or remove "
                    + a.member()));
      }
    }
    return findings.stream();
  }

  private static List<Attribute<?>> attributes(JobModel job) {
    return List.of(
        JobAttributes.of("timeZone", job.timeZone()),
        JobAttributes.constant("concurrencyPolicy", "ConcurrencyPolicy", job.concurrencyPolicy()),
        JobAttributes.of("startingDeadline", job.startingDeadline()),
        JobAttributes.of("successfulJobsHistoryLimit", job.successfulJobsHistoryLimit()),
        JobAttributes.of("failedJobsHistoryLimit", job.failedJobsHistoryLimit()));
  }
}
