package dev.slipway.processor.emit.alerts;

import dev.slipway.processor.plan.Dependency;
import dev.slipway.processor.plan.Layout;

/** How alerts and runbooks name a service's dependencies. */
public final class Dependencies {

  private Dependencies() {}

  /** {@code `payments`}, with a link to its runbook when it is built in the same compile. */
  public static String describe(Dependency dependency, Layout layout) {
    return dependency.inCompile()
        ? "`" + dependency.name() + "` (runbook: " + layout.runbookUrl(dependency.name()) + ")"
        : "`" + dependency.name() + "`";
  }
}
