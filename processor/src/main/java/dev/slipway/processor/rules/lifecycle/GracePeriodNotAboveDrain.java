package dev.slipway.processor.rules.lifecycle;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-LIF-002: the grace period outlasts the drain, so the process can finish after draining. */
public final class GracePeriodNotAboveDrain extends ServiceRule {

  /** Time left after draining for in-flight requests and a clean stop. */
  private static final Duration SHUTDOWN_ALLOWANCE = Duration.ofSeconds(10);

  public GracePeriodNotAboveDrain() {
    super(
        "SLW-LIF-002",
        Severity.ERROR,
        "@Service(gracePeriod) is longer than drain",
        "Kubernetes kills the process when the grace period ends; if that is before draining"
            + " ends, in-flight requests fail on every rollout.",
        "Set gracePeriod above drain with room for in-flight requests, e.g. drain + 10s.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Optional<Duration> drain = Durations.parse(service.drain().value());
    Optional<Duration> grace = Durations.parse(service.gracePeriod().value());
    if (drain.isEmpty() || grace.isEmpty() || grace.get().compareTo(drain.get()) > 0) {
      return Stream.empty(); // SLW-LIF-001 reports what does not parse
    }
    return Stream.of(
        finding(
            Attribute.of("Service", "gracePeriod", service.gracePeriod()),
            "is not longer than drain = "
                + Describe.literal(service.drain().value())
                + ", so Kubernetes kills the process while it is still draining; set gracePeriod to"
                + " at least "
                + Describe.literal(Durations.format(drain.get().plus(SHUTDOWN_ALLOWANCE)))));
  }
}
