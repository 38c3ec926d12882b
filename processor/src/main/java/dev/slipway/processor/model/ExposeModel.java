package dev.slipway.processor.model;

/**
 * {@code @Expose}: public exposure through a Gateway API route or an Ingress; empty strings mean
 * "not set".
 *
 * @param via the name of the {@code Expose.Via} constant: {@link #GATEWAY} or {@link #INGRESS}
 * @param gateway {@code <namespace>/<name>} of the Gateway, or empty for the processor option's
 */
public record ExposeModel(
    Origin origin,
    Located<String> host,
    Located<String> path,
    Located<String> via,
    Located<String> gateway,
    Located<String> listener,
    Located<String> tlsSecret,
    Located<String> ingressClass) {

  public static final String GATEWAY = "GATEWAY";
  public static final String INGRESS = "INGRESS";

  /** Through a Gateway API {@code HTTPRoute}, the default. */
  public boolean throughGateway() {
    return !INGRESS.equals(via.value());
  }
}
