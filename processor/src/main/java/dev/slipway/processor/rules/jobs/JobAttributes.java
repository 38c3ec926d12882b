package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.values.CronSchedule;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;

/** How job findings name the {@code @Job} attributes they are about. */
final class JobAttributes {

  /** An enum constant as the user writes it: {@code ConcurrencyPolicy.ALLOW}, unquoted. */
  record Constant(String type, String name) {
    @Override
    public String toString() {
      return type + "." + name;
    }
  }

  private JobAttributes() {}

  static <T> Attribute<T> of(String member, Located<T> value) {
    return Attribute.of("Job", member, value);
  }

  static Attribute<Constant> constant(String member, String type, Located<String> value) {
    return of(
        member, new Located<>(new Constant(type, value.value()), value.origin(), value.explicit()));
  }

  /** The schedule's intervals, when it parses and fires at all; else another rule reports it. */
  static Optional<CronSchedule.Intervals> intervals(JobModel job) {
    return job.scheduled()
        ? CronSchedule.tryParse(job.schedule().value()).flatMap(CronSchedule::intervals)
        : Optional.empty();
  }

  /** The active deadline, when it is a valid duration. */
  static Optional<Duration> activeDeadline(JobModel job) {
    return Durations.parse(job.activeDeadline().value()).filter(d -> !d.isZero());
  }
}
