package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-JOB-005: the job's durations are positive durations. */
public final class InvalidJobDuration extends ServiceRule {

  public InvalidJobDuration() {
    super(
        "SLW-JOB-005",
        Severity.ERROR,
        "@Job(activeDeadline, startingDeadline, ttlAfterFinished) are positive durations",
        "Kubernetes takes them as whole seconds above zero; anything else cannot be written.",
        "Write a duration with a unit, e.g. \"30m\", \"90s\" or \"1h\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty()) {
      return Stream.empty();
    }
    List<Finding> findings = new ArrayList<>();
    for (Attribute<String> a : attributes(service.job().get())) {
      if (!a.value().isEmpty()) {
        findings.addAll(
            checkGrammar(
                    a,
                    Grammar.POSITIVE_DURATION,
                    "write a duration with a unit, e.g. \"30m\", \"90s\" or \"1h\"")
                .toList());
      }
    }
    return findings.stream();
  }

  private static List<Attribute<String>> attributes(JobModel job) {
    return List.of(
        JobAttributes.of("activeDeadline", job.activeDeadline()),
        JobAttributes.of("startingDeadline", job.startingDeadline()),
        JobAttributes.of("ttlAfterFinished", job.ttlAfterFinished()));
  }
}
