package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.values.CronSchedule;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;

/** How job findings name the {@code @Job} attributes they are about. */
final class JobAttributes {

  private JobAttributes() {}

  static <T> Attribute<T> of(String member, Located<T> value) {
    return Attribute.of("Job", member, value);
  }

  static Attribute<Describe.Constant> constant(String member, String type, Located<String> value) {
    return of(member, value.as(new Describe.Constant(type, value.value())));
  }

  /** The schedule's intervals, when it parses and fires at all; else another rule reports it. */
  static Optional<CronSchedule.Intervals> intervals(JobModel job) {
    if (!job.scheduled()) {
      return Optional.empty();
    }
    Optional<CronSchedule> schedule = CronSchedule.tryParse(job.schedule().value());
    return schedule.isEmpty() ? Optional.empty() : schedule.get().intervals();
  }

  /** The active deadline, when it is a valid duration. */
  static Optional<Duration> activeDeadline(JobModel job) {
    Optional<Duration> deadline = Durations.parse(job.activeDeadline().value());
    return deadline.isPresent() && deadline.get().isZero() ? Optional.empty() : deadline;
  }
}
