package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-JOB-007: a failing job gives up after a few retries. */
public final class TooManyRetries extends ServiceRule {

  /**
   * Beyond this many retries, with exponential back-off (10s doubling to 6 min), a run fails hours
   * late.
   */
  static final int MAX_RETRIES = 10;

  public TooManyRetries() {
    super(
        "SLW-JOB-007",
        Severity.ERROR,
        Guard.READINESS,
        "@Job(backoffLimit) is at most " + MAX_RETRIES,
        "Each retry waits twice as long as the one before (up to 6 minutes): a job that fails for"
            + " a reason retries cannot fix keeps failing for hours before anyone is told.",
        "Keep backoffLimit at " + MAX_RETRIES + " or less (Kubernetes' default is 6), e.g. 3.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.job().isEmpty() || service.job().get().backoffLimit().value() <= MAX_RETRIES) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            JobAttributes.of("backoffLimit", service.job().get().backoffLimit()),
            "retries a failing run so often, with a back-off growing to 6 minutes, that it"
                + " would fail hours late; keep it at "
                + MAX_RETRIES
                + " or less, e.g. 3"));
  }
}
