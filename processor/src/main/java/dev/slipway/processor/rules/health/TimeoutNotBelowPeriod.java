package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-HLT-005: a probe's timeout is shorter than its period. */
public final class TimeoutNotBelowPeriod extends ServiceRule {

  public TimeoutNotBelowPeriod() {
    super(
        "SLW-HLT-005",
        Severity.ERROR,
        Guard.READINESS,
        "@HealthCheck(timeout) is shorter than period",
        "A probe that may take a whole period overlaps the next one, so a slow service is"
            + " detected late or never (OpenShift docs; kyverno policy proposal).",
        "Set timeout below period, e.g. period = \"10s\", timeout = \"2s\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.healthCheck().isEmpty() ? Stream.empty() : check(service.healthCheck().get());
  }

  private Stream<Finding> check(HealthCheckModel health) {
    Optional<Duration> timeout = Durations.parse(health.timeout().value());
    Optional<Duration> period = Durations.parse(health.period().value());
    if (timeout.isEmpty() || period.isEmpty() || timeout.get().compareTo(period.get()) < 0) {
      return Stream.empty(); // SLW-HLT-003 reports what does not parse
    }
    return Stream.of(
        finding(
            Attribute.of("HealthCheck", "timeout", health.timeout()),
            "is not shorter than period = "
                + Describe.literal(health.period().value())
                + "; set timeout below period"));
  }
}
