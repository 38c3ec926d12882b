package dev.slipway.processor.rules.dependencies;

import dev.slipway.processor.rules.Family;

/** SLW-DEP-*: the services a service calls, {@code @Service(dependsOn)}. */
public final class DependenciesFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "DEP",
          "Dependencies (@Service(dependsOn))",
          new InvalidDependencyName(),
          new SelfDependency(),
          new DuplicateDependency(),
          new DependencyCycle(),
          new UnknownDependency());

  private DependenciesFamily() {}
}
