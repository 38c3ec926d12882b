package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.CronSchedule;
import java.util.stream.Stream;

/** SLW-JOB-001: the schedule is one the Kubernetes API server accepts. */
public final class InvalidSchedule extends ServiceRule {

  public InvalidSchedule() {
    super(
        "SLW-JOB-001",
        Severity.ERROR,
        "@Job(schedule) is a cron schedule Kubernetes accepts",
        "The API server rejects a CronJob whose schedule its cron parser (robfig/cron v3) cannot"
            + " read, or that sets TZ= inside it (Kubernetes 1.27 and later).",
        "Write five fields, minute hour day-of-month month day-of-week, e.g. \"30 2 * * *\", or a"
            + " macro such as \"@daily\"; put the zone in timeZone.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty() || !service.job().get().scheduled()) {
      return Stream.empty();
    }
    JobModel job = service.job().get();
    try {
      CronSchedule.parse(job.schedule().value());
      return Stream.empty();
    } catch (CronSchedule.Invalid e) {
      String advice =
          job.schedule().value().contains("TZ")
              ? "write the zone in timeZone = \"Europe/Berlin\" instead"
              : "write minute hour day-of-month month day-of-week, e.g. \"30 2 * * *\","
                  + " or a macro such as \"@daily\"";
      return Stream.of(
          finding(JobAttributes.of("schedule", job.schedule()), e.getMessage() + "; " + advice));
    }
  }
}
