package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/**
 * SLW-CAN-008: {@code @Canary(header)} needs traffic routing: only Argo Rollouts' Gateway API
 * plugin, on the route of a service exposed through a Gateway, can send requests with the header to
 * the canary. Without it the header would do nothing.
 */
public final class HeaderWithoutRoute extends ServiceRule {

  public HeaderWithoutRoute() {
    super(
        "SLW-CAN-008",
        Severity.ERROR,
        "@Canary(header) is on a service exposed through a Gateway",
        "Header routing is a rule on the service's HTTPRoute; a service without one (not exposed,"
            + " or behind an Ingress) would run its smoke-test step with no request reaching the"
            + " canary.",
        "Expose the service through a Gateway (@Expose with the default via), or remove header.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    boolean routed = service.expose().isPresent() && service.expose().get().throughGateway();
    if (routed || service.canary().isEmpty()) {
      return Stream.empty();
    }
    String why =
        service.expose().isPresent()
            ? " is exposed through an Ingress, which cannot route by header"
            : " is not exposed through a Gateway";
    CanaryModel canary = service.canary().get();
    if (canary.header().value().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            Attribute.of("Canary", "header", canary.header()),
            "needs traffic routing, but "
                + service.serviceName()
                + why
                + ", so no request would reach the canary by it; expose it through a"
                + " Gateway with @Expose(host = ..., gateway = ...), or remove header"));
  }
}
