package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ExposeModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-EXP-010: an {@code @Expose} attribute belongs to the way the service is exposed: {@code
 * tlsSecret} and {@code ingressClass} to an Ingress, {@code gateway} and {@code listener} to a
 * Gateway route. Set for the other way it would be silently ignored; the commonest case is a {@code
 * tlsSecret} kept from before Gateway routes became the default.
 */
public final class AttributeOfTheOtherWay extends ServiceRule {

  private static final String INGRESS_ONLY =
      "only applies to an Ingress, and this service goes through a Gateway";
  private static final String WHOSE_LISTENER = ", whose HTTPS listener holds the certificate";
  private static final String REMOVE = "; remove %s, or set via = Expose.Via.INGRESS";
  private static final String GATEWAY_ONLY =
      "only applies to a Gateway route, and this service goes through an Ingress; remove %s, or"
          + " remove via = Expose.Via.INGRESS";

  public AttributeOfTheOtherWay() {
    super(
        "SLW-EXP-010",
        Severity.ERROR,
        "@Expose sets only the attributes of its way in (Gateway or Ingress)",
        "Through a Gateway the listener holds the certificate and there is no IngressClass;"
            + " through an Ingress there is no Gateway or listener: such an attribute would be"
            + " ignored, and the service served differently from what it says.",
        "Remove the attribute, or choose the way it belongs to with @Expose(via).");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    // on a worker or a job SLW-WRK-001 / SLW-JOB-* already say the @Expose does not belong there
    return service.expose().isEmpty() || !service.servesHttp()
        ? Stream.empty()
        : check(service.expose().get());
  }

  private Stream<Finding> check(ExposeModel expose) {
    if (expose.throughGateway()) {
      return present(
          misplaced(expose.tlsSecret(), "tlsSecret", INGRESS_ONLY + WHOSE_LISTENER + REMOVE),
          misplaced(expose.ingressClass(), "ingressClass", INGRESS_ONLY + REMOVE));
    }
    return present(
        misplaced(expose.gateway(), "gateway", GATEWAY_ONLY),
        misplaced(expose.listener(), "listener", GATEWAY_ONLY));
  }

  /** The findings of {@code first} and {@code second} that are there, in this order. */
  private static Stream<Finding> present(Optional<Finding> first, Optional<Finding> second) {
    List<Finding> findings = new ArrayList<>();
    if (first.isPresent()) {
      findings.add(first.get());
    }
    if (second.isPresent()) {
      findings.add(second.get());
    }
    return findings.stream();
  }

  /** A finding when the user wrote a value for {@code member}, which the other way takes. */
  private Optional<Finding> misplaced(Located<String> attribute, String member, String what) {
    if (!attribute.explicit() || attribute.value().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(Attribute.of("Expose", member, attribute), String.format(what, member)));
  }
}
