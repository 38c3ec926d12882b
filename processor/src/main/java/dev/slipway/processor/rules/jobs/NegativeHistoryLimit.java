package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-JOB-012: the history limits are 0 or more. */
public final class NegativeHistoryLimit extends ServiceRule {

  public NegativeHistoryLimit() {
    super(
        "SLW-JOB-012",
        Severity.ERROR,
        "@Job(successfulJobsHistoryLimit, failedJobsHistoryLimit) are 0 or more",
        "The API server rejects a negative history limit.",
        "Set how many finished runs to keep, e.g. 3.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty()) {
      return Stream.empty();
    }
    JobModel job = service.job().get();
    return Stream.concat(
        checkGrammar(
            JobAttributes.of("successfulJobsHistoryLimit", job.successfulJobsHistoryLimit()),
            Grammar.atLeast(0),
            "set how many finished runs to keep, e.g. 3"),
        checkGrammar(
            JobAttributes.of("failedJobsHistoryLimit", job.failedJobsHistoryLimit()),
            Grammar.atLeast(0),
            "set how many failed runs to keep, e.g. 3"));
  }
}
