package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Replica count and autoscaling. With {@code max > min} the service gets a {@code
 * HorizontalPodAutoscaler} (autoscaling/v2) and the workload leaves {@code replicas} to it; with
 * {@code max == min} it runs that fixed count. Without {@code @Scaling} a service runs a fixed 2
 * replicas.
 *
 * <pre>{@code @Scaling(min = 3, max = 12, cpuUtilization = 70)}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Scaling {

  /** The minimum (in prod, the fixed floor) number of replicas, at least 1. Default: {@code 2}. */
  int min() default 2;

  /** The maximum number of replicas, at least {@link #min()}. Default: {@code 10}. */
  int max() default 10;

  /**
   * Target average CPU use, in percent of the CPU request (1..100; 0 = do not scale on CPU).
   * Default: {@code 70}.
   */
  int cpuUtilization() default 70;

  /**
   * Target average memory use, in percent of the memory request (1..100; 0 = do not scale on
   * memory). Default: {@code 0}.
   */
  int memoryUtilization() default 0;
}
