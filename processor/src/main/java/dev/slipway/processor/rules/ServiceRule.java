package dev.slipway.processor.rules;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.stream.Stream;

/**
 * A rule the engine runs on every {@code @Service} class: a pure function from the service (and the
 * compile it belongs to) to findings. The engine, not the rule, applies the profile and the
 * service's waivers.
 */
public abstract class ServiceRule extends Rule {

  /** A rule that guards {@link Guard#VALIDITY validity}, the common case. */
  protected ServiceRule(String id, Severity severity, String title, String reason, String fix) {
    super(id, severity, title, reason, fix);
  }

  protected ServiceRule(
      String id, Severity severity, Guard guard, String title, String reason, String fix) {
    super(id, severity, guard, title, reason, fix);
  }

  /** Findings for {@code service}; empty when it is fine. */
  public abstract Stream<Finding> check(ServiceModel service, Compilation compilation);
}
