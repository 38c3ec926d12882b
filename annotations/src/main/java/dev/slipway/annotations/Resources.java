package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * CPU and memory for the service's container, as Kubernetes quantities. CPU: {@code "250m"}
 * (millicores), {@code "0.5"}, {@code "1"}. Memory: {@code "256Mi"}, {@code "1Gi"}, {@code "1G"}.
 * Requests drive scheduling and autoscaling; limits cap the container. Each request must not exceed
 * its limit.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Resources {

  /** CPU request. Default: {@code "250m"}. */
  String cpu() default "250m";

  /** Memory request. Default: {@code "256Mi"}. */
  String memory() default "256Mi";

  /**
   * CPU limit; {@code ""} means no CPU limit (the container may use idle CPU on the node). Default:
   * {@code "1"}.
   */
  String cpuLimit() default "1";

  /** Memory limit; the container is OOM-killed above it. Default: {@code "512Mi"}. */
  String memoryLimit() default "512Mi";
}
