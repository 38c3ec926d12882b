package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One environment variable of the container. Exactly one source: a literal {@link #value()}, a
 * {@link #secret()} key, or a {@link #configMap()} key.
 *
 * <pre>{@code
 * @Env(name = "LOG_LEVEL", value = "info")
 * @Env(name = "DATABASE_URL", secret = "orders-db", key = "url")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Env {

  /** The variable name, for example {@code "LOG_LEVEL"}. Required. */
  String name();

  /** A literal value. Never put credentials here: use {@link #secret()}. Default: {@code ""}. */
  String value() default "";

  /**
   * The name of a Secret in the service's namespace to read the value from (as a {@code
   * secretKeyRef}). Default: {@code ""} (not from a Secret).
   */
  String secret() default "";

  /**
   * The name of a ConfigMap to read the value from (as a {@code configMapKeyRef}). Default: {@code
   * ""}.
   */
  String configMap() default "";

  /**
   * The key inside the Secret or ConfigMap. Default: {@code ""}, which means the key equals {@link
   * #name()}.
   */
  String key() default "";
}
