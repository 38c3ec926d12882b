package dev.slipway.processor.rules;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Origin;
import dev.slipway.processor.model.ServiceModel;
import java.util.stream.Stream;

/**
 * One production-readiness check: a pure function from a service (and the compile it belongs to)
 * to findings. Subclasses state their metadata in the constructor; {@code docs/rules.md} is
 * generated from it.
 */
public abstract class Rule {

  private final String id;
  private final Severity severity;
  private final String title;
  private final String reason;
  private final String fix;

  /**
   * @param id stable id such as {@code SLW-SCL-002}; never reused for another check
   * @param title what the rule checks, one line
   * @param reason why it matters in production, one line
   * @param fix how to fix it, one line
   */
  protected Rule(String id, Severity severity, String title, String reason, String fix) {
    this.id = id;
    this.severity = severity;
    this.title = title;
    this.reason = reason;
    this.fix = fix;
  }

  /** Findings for {@code service}; empty when it is fine. */
  public abstract Stream<Finding> check(ServiceModel service, Compilation compilation);

  /**
   * Whether {@code @Waive} may switch this rule off. Values Kubernetes or Argo would reject, and
   * values Slipway cannot represent, are never waivable.
   */
  public boolean waivable() {
    return true;
  }

  /**
   * Whether the rule only guards production readiness (a single replica, a moving image tag), so
   * that {@code -Aslipway.profile=dev} skips it. API-invalid values are never production-only.
   */
  public boolean productionOnly() {
    return false;
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
