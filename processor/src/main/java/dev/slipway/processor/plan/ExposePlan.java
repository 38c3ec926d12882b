package dev.slipway.processor.plan;

import dev.slipway.processor.values.GatewayReference;
import java.util.Optional;

/**
 * {@code @Expose}: the production host and path, and the way in: a Gateway API route attached to a
 * Gateway's listener, or an Ingress with its TLS Secret and IngressClass.
 *
 * @param gateway the Gateway and listener of the {@code HTTPRoute}; empty for an Ingress
 * @param tlsSecret the Ingress's TLS Secret; always empty through a Gateway
 * @param ingressClass the Ingress's class; always empty through a Gateway
 */
public record ExposePlan(
    String host,
    String path,
    Optional<Listener> gateway,
    Optional<String> tlsSecret,
    Optional<String> ingressClass) {

  /**
   * The listener of a Gateway that a route attaches to.
   *
   * @param sectionName the listener's name, the route's {@code parentRef.sectionName}
   */
  public record Listener(GatewayReference gateway, String sectionName) {}

  /** Through a Gateway API {@code HTTPRoute}; else through an Ingress. */
  public boolean throughGateway() {
    return gateway.isPresent();
  }
}
