package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.CronSchedule;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-JOB-002: the schedule names a day that exists. */
public final class ScheduleNeverFires extends ServiceRule {

  public ScheduleNeverFires() {
    super(
        "SLW-JOB-002",
        Severity.ERROR,
        "@Job(schedule) fires at all",
        "Kubernetes accepts a schedule on a day that never comes (the 30th of February, the 31st"
            + " of April) and then silently never runs the job.",
        "Pick a day that exists in the months listed, e.g. the 28th, or use \"@monthly\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty() || !service.job().get().scheduled()) {
      return Stream.empty();
    }
    JobModel job = service.job().get();
    Optional<CronSchedule> schedule = CronSchedule.tryParse(job.schedule().value());
    if (schedule.isEmpty() || schedule.get().intervals().isPresent()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            JobAttributes.of("schedule", job.schedule()),
            "never fires: no date has that day of the month and month; pick a day that"
                + " exists, e.g. \"0 0 28 2 *\""));
  }
}
