package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the service differs in one non-production environment of {@code -Aslipway.environments}.
 * Every member left at its default inherits the base annotations ({@link Service}, {@link
 * Resources}, {@link Scaling}, {@link Expose}); the environment's overlay patches exactly what an
 * override changes. Production, the last environment listed, is exactly what the base annotations
 * say and takes no override.
 *
 * <pre>{@code
 * @Environment(name = "dev", min = 1, max = 2, cpu = "100m", memory = "256Mi",
 *     memoryLimit = "384Mi", env = @Env(name = "LOG_LEVEL", value = "debug"))
 * @Environment(name = "staging", max = 4, host = "orders.staging.acme.example")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Environment.List.class)
public @interface Environment {

  /** The environment, one of {@code -Aslipway.environments} other than the last (production). */
  String name();

  /**
   * The replica floor in this environment (the autoscaler's minimum, or the fixed replica count of
   * a service without autoscaling); 0 inherits the environment's default.
   */
  int min() default 0;

  /**
   * The autoscaler's ceiling in this environment; 0 inherits {@link Scaling#max()}. Ignored for a
   * service without autoscaling, whose replica count is {@link #min()}.
   */
  int max() default 0;

  /**
   * The CPU request in this environment, such as {@code "100m"}; "" inherits {@link
   * Resources#cpu()}.
   */
  String cpu() default "";

  /**
   * The memory request in this environment, such as {@code "256Mi"}; "" inherits {@link
   * Resources#memory()}.
   */
  String memory() default "";

  /** The CPU limit in this environment; "" inherits {@link Resources#cpuLimit()}. */
  String cpuLimit() default "";

  /**
   * The memory limit in this environment; "" inherits {@link Resources#memoryLimit()}. The JVM's
   * heap is sized to it.
   */
  String memoryLimit() default "";

  /**
   * Environment variables in this environment: an entry with the name of one of {@link
   * Service#env()} replaces it (a value, or another Secret or ConfigMap), a new name is added.
   */
  Env[] env() default {};

  /**
   * The exposed host in this environment, such as {@code "orders.dev.acme.example"}; "" inherits
   * the host derived from {@link Expose#host()} ({@code orders-dev.acme.example}).
   */
  String host() default "";

  /** Container for repeated {@link Environment}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Environment[] value();
  }
}
