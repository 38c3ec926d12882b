package dev.slipway.processor.rules.network;

import dev.slipway.processor.rules.Family;

/** SLW-NET-*: what the service may connect to beyond its dependencies, {@code @Egress}. */
public final class NetworkFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "NET",
          "Network egress (@Egress)",
          new EgressTarget(),
          new InvalidEgressPeer(),
          new InvalidEgressPorts(),
          new UndeclaredEgress());

  private NetworkFamily() {}
}
