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
import java.util.stream.Stream;

/**
 * SLW-EXP-010: an {@code @Expose} attribute belongs to the way the service is exposed: {@code
 * tlsSecret} and {@code ingressClass} to an Ingress, {@code gateway} and {@code listener} to a
 * Gateway route. Set for the other way it would be silently ignored; the commonest case is a
 * {@code tlsSecret} kept from before Gateway routes became the default.
 */
public final class AttributeOfTheOtherWay extends ServiceRule {

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
    return service.expose().stream().flatMap(this::check);
  }

  private Stream<Finding> check(ExposeModel expose) {
    List<Finding> findings = new ArrayList<>();
    if (expose.throughGateway()) {
      ingressOnly(expose.tlsSecret(), "tlsSecret", ", whose HTTPS listener holds the certificate")
          .ifSet(findings, this);
      ingressOnly(expose.ingressClass(), "ingressClass", "").ifSet(findings, this);
    } else {
      gatewayOnly(expose.gateway(), "gateway").ifSet(findings, this);
      gatewayOnly(expose.listener(), "listener").ifSet(findings, this);
    }
    return findings.stream();
  }

  private static Misplaced ingressOnly(Located<String> attribute, String member, String why) {
    return new Misplaced(
        Attribute.of("Expose", member, attribute),
        "only applies to an Ingress, and this service goes through a Gateway"
            + why
            + "; remove "
            + member
            + ", or set via = Expose.Via.INGRESS");
  }

  private static Misplaced gatewayOnly(Located<String> attribute, String member) {
    return new Misplaced(
        Attribute.of("Expose", member, attribute),
        "only applies to a Gateway route, and this service goes through an Ingress; remove "
            + member
            + ", or remove via = Expose.Via.INGRESS");
  }

  /** An attribute of the other way, reported when the user wrote a value for it. */
  private record Misplaced(Attribute<String> attribute, String what) {

    void ifSet(List<Finding> findings, AttributeOfTheOtherWay rule) {
      if (attribute.located().explicit() && !attribute.value().isEmpty()) {
        findings.add(rule.finding(attribute, what));
      }
    }
  }
}
