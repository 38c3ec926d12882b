package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-JOB-006: the backoff limit is not negative. */
public final class NegativeBackoffLimit extends ServiceRule {

  public NegativeBackoffLimit() {
    super(
        "SLW-JOB-006",
        Severity.ERROR,
        "@Job(backoffLimit) is 0 or more",
        "The API server rejects a negative backoffLimit.",
        "Set the number of retries after a failed attempt, e.g. 3, or 0 for none.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        JobAttributes.of("backoffLimit", service.job().get().backoffLimit()),
        Grammar.atLeast(0),
        "set the number of retries after a failed attempt, e.g. 3, or 0 for none");
  }
}
