package dev.slipway.processor.rules.environments;

import dev.slipway.processor.rules.Family;

/** SLW-ENVS-*: per-environment overrides, {@code @Environment}. */
public final class EnvironmentsFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "ENVS",
          "Environments (@Environment)",
          new UnknownEnvironment(),
          new ProductionOverride(),
          new DuplicateEnvironment(),
          new InvalidEnvironmentReplicas(),
          new MoreThanProduction(),
          new InvalidEnvironmentHost(),
          new CanaryOverrideWithoutCanary());

  private EnvironmentsFamily() {}
}
