package dev.slipway.processor.rules;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Origin;
import dev.slipway.processor.model.ServiceModel;
import java.util.stream.Stream;

/**
 * One production-readiness check: a pure function from a service (and the compile it belongs to)
 * to findings. A subclass states every property once, in its constructor's {@code super(...)}
 * call; {@code docs/rules.md} is generated from them.
 */
public abstract class Rule {

  private final String id;
  private final Severity severity;
  private final Guard guard;
  private final String title;
  private final String reason;
  private final String fix;

  /** A rule that guards {@link Guard#VALIDITY validity}, the common case: never waivable, checked in every profile. */
  protected Rule(String id, Severity severity, String title, String reason, String fix) {
    this(id, severity, Guard.VALIDITY, title, reason, fix);
  }

  /**
   * @param id stable id such as {@code SLW-SCL-002}; never reused for another check
   * @param guard what the rule guards, which decides whether it is waivable and production-only
   * @param title what the rule checks, one line
   * @param reason why it matters in production, one line
   * @param fix how to fix it, one line
   */
  protected Rule(String id, Severity severity, Guard guard, String title, String reason, String fix) {
    this.id = id;
    this.severity = severity;
    this.guard = guard;
    this.title = title;
    this.reason = reason;
    this.fix = fix;
  }

  /** Findings for {@code service}; empty when it is fine. */
  public abstract Stream<Finding> check(ServiceModel service, Compilation compilation);

  /** Whether {@code @Waive} may switch this rule off; see {@link Guard}. */
  public final boolean waivable() {
    return guard.waivable();
  }

  /** Whether {@code -Aslipway.profile=dev} skips this rule; see {@link Guard}. */
  public final boolean productionOnly() {
    return guard.productionOnly();
  }

  public final Guard guard() {
    return guard;
  }

  public final String id() {
    return id;
  }

  public final Severity severity() {
    return severity;
  }

  public final String title() {
    return title;
  }

  public final String reason() {
    return reason;
  }

  public final String fix() {
    return fix;
  }

  /** A finding of this rule at {@code where}; {@code message} is prefixed with the rule id. */
  protected final Finding finding(Origin where, String message) {
    return new Finding(this, where, "[" + id + "] " + message);
  }

  @Override
  public final String toString() {
    return id;
  }
}
