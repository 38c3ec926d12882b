package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-JOB-015: a starting deadline the CronJob controller can meet. */
public final class StartingDeadlineTooShort extends ServiceRule {

  /** The CronJob controller checks its schedules every 10 seconds. */
  static final Duration CONTROLLER_PERIOD = Duration.ofSeconds(10);

  public StartingDeadlineTooShort() {
    super(
        "SLW-JOB-015",
        Severity.WARNING,
        "@Job(startingDeadline) is at least 10s",
        "The CronJob controller looks at schedules every 10 seconds; with a shorter starting"
            + " deadline a run may never be started (Kubernetes documentation).",
        "Set startingDeadline to 10s or more, e.g. \"5m\", or leave it out.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty() || !service.job().get().scheduled()) {
      return Stream.empty();
    }
    JobModel job = service.job().get();
    Optional<Duration> deadline = Durations.parse(job.startingDeadline().value());
    if (deadline.isEmpty()
        || deadline.get().isZero()
        || deadline.get().compareTo(CONTROLLER_PERIOD) >= 0) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            JobAttributes.of("startingDeadline", job.startingDeadline()),
            "is shorter than the 10 seconds between two checks of the CronJob controller,"
                + " so runs may never start; set at least \"10s\", e.g. \"5m\""));
  }
}
