package dev.slipway.processor.rules.lifecycle;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-LIF-003: the service drains before it stops. */
public final class NoDrain extends ServiceRule {

  public NoDrain() {
    super(
        "SLW-LIF-003",
        Severity.WARNING,
        Guard.READINESS,
        "@Service(drain) is not zero",
        "Endpoints and load balancers keep routing to a pod for a few seconds after SIGTERM; a"
            + " service that stops at once fails those requests on every rollout.",
        "Drain for a few seconds, e.g. drain = \"10s\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Optional<Duration> drain = Durations.parse(service.drain().value());
    if (drain.isEmpty() || !drain.get().isZero()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            Attribute.of("Service", "drain", service.drain()),
            "stops serving the moment Kubernetes sends SIGTERM, while endpoints still route to the"
                + " pod; drain for a few seconds, e.g. \"10s\""));
  }
}
