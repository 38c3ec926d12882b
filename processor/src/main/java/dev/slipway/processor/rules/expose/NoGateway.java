package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ExposeModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/**
 * SLW-EXP-008: a service exposed through a Gateway (the default) knows which Gateway: from
 * {@code @Expose(gateway)} or from {@code -Aslipway.gateway}.
 */
public final class NoGateway extends ServiceRule {

  public NoGateway() {
    super(
        "SLW-EXP-008",
        Severity.ERROR,
        "A service exposed through a Gateway names the Gateway",
        "An HTTPRoute attaches to a Gateway the platform runs; without one it is accepted by no"
            + " Gateway and the service is not reachable.",
        "Set @Expose(gateway = \"<namespace>/<name>\"), pass -Aslipway.gateway=<namespace>/<name>"
            + " for every service, or expose through an Ingress with via = Expose.Via.INGRESS.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    // on a worker or a job SLW-WRK-001 / SLW-JOB-* already say the @Expose does not belong there
    if (service.expose().isEmpty() || !service.servesHttp()) {
      return Stream.empty();
    }
    ExposeModel expose = service.expose().get();
    if (!expose.throughGateway()
        || !expose.gateway().value().isEmpty()
        || !compilation.options().gateway().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            expose.gateway().origin(),
            Describe.attribute("Expose", "host", expose.host().value())
                + " goes through a Gateway, but neither @Expose(gateway) nor"
                + " -Aslipway.gateway names one; set gateway = \"<namespace>/<name>\" of"
                + " the platform's Gateway, pass -Aslipway.gateway=<namespace>/<name>, or"
                + " set via = Expose.Via.INGRESS"));
  }
}
