package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-JOB-004: a job has an active deadline. */
public final class NoActiveDeadline extends ServiceRule {

  public NoActiveDeadline() {
    super(
        "SLW-JOB-004",
        Severity.ERROR,
        Guard.READINESS,
        "@Job has an activeDeadline",
        "A run without a deadline that hangs runs for ever: it holds its resources, and with"
            + " concurrencyPolicy Forbid no later run starts (kube-score cronjob-has-deadline).",
        "Set activeDeadline to the longest a run may take, e.g. activeDeadline = \"30m\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty() || !service.job().get().activeDeadline().value().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            JobAttributes.of("activeDeadline", service.job().get().activeDeadline()),
            "leaves "
                + service.serviceName()
                + " without a deadline, so a hung run would never end; set the longest a"
                + " run may take, e.g. activeDeadline = \"30m\""));
  }
}
