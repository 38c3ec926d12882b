package dev.slipway.processor.rules;

import dev.slipway.processor.model.Origin;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every rule is: an id, a severity, what it guards, and one line each of title, reason and
 * fix, all stated once in the constructor's {@code super(...)} call; {@code docs/rules.md} is
 * generated from them. What a rule looks at depends on its kind: a {@link ServiceRule} looks at one
 * service, the waiver rules at what the engine made of a service's waivers, and SLW-SVC-008 at a
 * class without {@code @Service}.
 */
public abstract class Rule {

  private final String id;
  private final Severity severity;
  private final Guard guard;
  private final String title;
  private final String reason;
  private final String fix;

  /**
   * A rule that guards {@link Guard#VALIDITY validity}, the common case: never waivable, checked in
   * every environment.
   */
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
  protected Rule(
      String id, Severity severity, Guard guard, String title, String reason, String fix) {
    this.id = id;
    this.severity = severity;
    this.guard = guard;
    this.title = title;
    this.reason = reason;
    this.fix = fix;
  }

  /** Whether {@code @Waive} may switch this rule off; see {@link Guard}. */
  public final boolean waivable() {
    return guard.waivable();
  }

  /** Whether this rule applies to the production environment only; see {@link Guard}. */
  public final boolean productionOnly() {
    return guard.productionOnly();
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

  /**
   * A finding on {@code attribute}, whose message names it as written and goes on with {@code
   * what}: {@code @Scaling(min = 1) runs a single replica...}.
   */
  protected final Finding finding(Attribute<?> attribute, String what) {
    return finding(attribute.origin(), attribute.described() + " " + what);
  }

  /**
   * The finding when {@code attribute} breaks {@code grammar}, worded as every such finding is: the
   * attribute as written, what is wrong with it, and {@code advice}: {@code @Expose(tlsSecret =
   * "Orders_TLS") is not lowercase letters, ...; a Secret name is ...}.
   */
  protected final <T> Stream<Finding> checkGrammar(
      Attribute<T> attribute, Grammar<? super T> grammar, String advice) {
    Optional<String> problem = grammar.problem(attribute.value());
    return problem.isEmpty()
        ? Stream.empty()
        : Stream.of(finding(attribute, problem.get() + "; " + advice));
  }

  /** The same, for a grammar whose problems carry their own advice. */
  protected final <T> Stream<Finding> checkGrammar(
      Attribute<T> attribute, Grammar<? super T> grammar) {
    Optional<String> problem = grammar.problem(attribute.value());
    return problem.isEmpty() ? Stream.empty() : Stream.of(finding(attribute, problem.get()));
  }

  @Override
  public final String toString() {
    return id;
  }
}
