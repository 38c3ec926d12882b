package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Waives one production-readiness rule for this service, with a written reason that stays in the
 * code review. Waiving an unknown rule id, or without a reason, is itself an error.
 *
 * <pre>{@code @Waive(rule = "SLW-SCL-004", reason = "batch consumer; one replica by design")}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Waive.List.class)
public @interface Waive {

  /** The rule id, for example {@code "SLW-SCL-004"}. */
  String rule();

  /** Why the rule does not apply to this service. Required, not blank. */
  String reason();

  /** Container for repeated {@link Waive}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Waive[] value();
  }
}
