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
 * @Environment(name = "staging", max = 4, host = "orders.staging.acme.example",
 *     pause = "2m", alerts = Environment.Alerts.PAGE)
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

  /**
   * The canary weights in this environment, as {@link Canary#steps()}; empty inherits them. Needs
   * {@link Canary}.
   */
  int[] steps() default {};

  /**
   * The pause after each canary step in this environment, as {@link Canary#pause()}; "" inherits
   * it. Needs {@link Canary}.
   */
  String pause() default "";

  /**
   * Whether a canary in this environment waits for a person after its last step; {@link
   * Gate#INHERIT} keeps {@link Canary#manualGate()}. Needs {@link Canary}.
   */
  Gate manualGate() default Gate.INHERIT;

  /**
   * Replace the canary with a plain rolling update in this environment: no steps, no pauses, no
   * analysis, new pods replace old ones as a Deployment's would. Needs {@link Canary}.
   */
  boolean rollingUpdate() default false;

  /**
   * What the service's alerts do in this environment. Default: {@link Alerts#TICKET}, which keeps
   * every alert but pages nobody.
   */
  Alerts alerts() default Alerts.TICKET;

  /** A canary's manual gate in one environment. */
  enum Gate {
    /** As {@link Canary#manualGate()} says. */
    INHERIT,
    /** The rollout holds after its last step until someone promotes it. */
    MANUAL,
    /** All traffic moves to the new version when the last pause ends. */
    AUTOMATIC
  }

  /** How a non-production environment's alerts are routed; each carries its environment label. */
  enum Alerts {
    /**
     * Every alert with {@code severity: ticket}, for working hours; a fast-burn page with a
     * slow-burn ticket beside it is dropped, since the ticket covers the same outage.
     */
    TICKET,
    /** Every alert with the severity it has in production: this environment pages too. */
    PAGE,
    /** No alerts: the environment's overlay removes the service's {@code PrometheusRule}. */
    NONE
  }

  /** Container for repeated {@link Environment}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Environment[] value();
  }
}
