package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.CronSchedule;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-JOB-009: a run may end before the next one is due. */
public final class OverlappingSchedule extends ServiceRule {

  public OverlappingSchedule() {
    super(
        "SLW-JOB-009",
        Severity.ERROR,
        Guard.READINESS,
        "@Job(schedule) leaves each run its activeDeadline before the next",
        "When runs may take longer than the time between two of them, a slow run overlaps the next"
            + " (Allow), makes it be skipped (Forbid) or is killed by it (Replace).",
        "Run less often, or shorten activeDeadline to at most the shortest time between two runs.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.job().isEmpty() ? Stream.empty() : check(service.job().get()).stream();
  }

  private Optional<Finding> check(JobModel job) {
    Optional<CronSchedule.Intervals> intervals = JobAttributes.intervals(job);
    Optional<Duration> deadline = JobAttributes.activeDeadline(job);
    if (intervals.isEmpty() || deadline.isEmpty()) {
      return Optional.empty();
    }
    Duration shortest = intervals.get().shortest();
    if (deadline.get().compareTo(shortest) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            JobAttributes.of("schedule", job.schedule()),
            "starts a run every "
                + Durations.format(shortest)
                + " at the shortest, but activeDeadline = \""
                + job.activeDeadline().value()
                + "\" lets a run take longer, so runs would overlap, be skipped or be killed; run"
                + " less often, or set activeDeadline to at most \""
                + Durations.format(shortest)
                + "\""));
  }
}
