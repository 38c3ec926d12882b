package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.time.ZoneId;
import java.util.stream.Stream;

/** SLW-JOB-003: the time zone is an IANA time zone name. */
public final class InvalidTimeZone extends ServiceRule {

  public InvalidTimeZone() {
    super(
        "SLW-JOB-003",
        Severity.ERROR,
        "@Job(timeZone) is an IANA time zone",
        "The API server rejects a CronJob whose timeZone is not in the time zone database (an"
            + " offset such as \"+02:00\", an abbreviation such as \"CEST\", or \"Local\").",
        "Write a zone name from the IANA database, e.g. \"Europe/Berlin\" or \"UTC\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty()) {
      return Stream.empty();
    }
    JobModel job = service.job().get();
    if (job.timeZone().value().isEmpty()
        || ZoneId.getAvailableZoneIds().contains(job.timeZone().value())) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            JobAttributes.of("timeZone", job.timeZone()),
            "is not an IANA time zone name; write one such as \"Europe/Berlin\" or" + " \"UTC\""));
  }
}
