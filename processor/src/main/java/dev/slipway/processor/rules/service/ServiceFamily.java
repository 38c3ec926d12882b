package dev.slipway.processor.rules.service;

import dev.slipway.processor.rules.Family;

/** SLW-SVC-*: the service itself: name, team, port, and where its annotations are. */
public final class ServiceFamily {

  /** The rule the processor applies to classes without {@code @Service}. */
  public static final CompanionWithoutService COMPANION_WITHOUT_SERVICE =
      new CompanionWithoutService();

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "SVC",
          "Service name, team and port (@Service)",
          new InvalidServiceName(),
          new DerivedNameTooLong(),
          new DuplicateServiceName(),
          new MissingTeam(),
          new InvalidTeam(),
          new PortOutOfRange(),
          new PrivilegedPort(),
          COMPANION_WITHOUT_SERVICE);

  private ServiceFamily() {}
}
