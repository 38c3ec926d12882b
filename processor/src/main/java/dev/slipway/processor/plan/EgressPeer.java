package dev.slipway.processor.plan;

import java.util.List;

/**
 * One {@code @Egress}: a peer outside the compile the service may connect to, on these ports.
 *
 * @param target the host name, the CIDR range or the namespace, as {@code kind} says
 */
public record EgressPeer(Kind kind, String target, List<Integer> ports) {

  /** What {@code target} is. */
  public enum Kind {
    HOST,
    CIDR,
    NAMESPACE
  }

  public EgressPeer {
    ports = List.copyOf(ports);
  }

  /**
   * {@code api.stripe.com:443}, {@code 10.20.0.0/16:5432,5433}: as runbooks and comments say it.
   */
  @Override
  public String toString() {
    return target + ":" + String.join(",", ports.stream().map(String::valueOf).toList());
  }
}
