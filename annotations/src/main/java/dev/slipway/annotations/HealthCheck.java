package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The HTTP endpoints Kubernetes probes. A service without {@code @HealthCheck} has no readiness
 * probe, which fails the build (rule SLW-HLT-001). The Slipway runtime serves these exact paths; on
 * Spring Boot point them at Actuator: {@code liveness = "/actuator/health/liveness", readiness =
 * "/actuator/health/readiness", startup = ""}.
 *
 * <p>Durations are strings such as {@code "500ms"}, {@code "10s"}, {@code "5m"}; Kubernetes counts
 * probe timings in whole seconds, so each must be a whole number of seconds.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HealthCheck {

  /** Liveness path: failing it restarts the container. Default: {@code "/health/live"}. */
  String liveness() default "/health/live";

  /**
   * Readiness path: failing it takes the pod out of the Service. Default: {@code "/health/ready"}.
   */
  String readiness() default "/health/ready";

  /**
   * Startup path: liveness and readiness wait until it succeeds; {@code ""} for no startup probe.
   * Default: {@code "/health/started"}.
   */
  String startup() default "/health/started";

  /** The port the probes hit; 0 means the service port. Default: {@code 0}. */
  int port() default 0;

  /** How often each probe runs. Default: {@code "10s"}. */
  String period() default "10s";

  /** How long one probe may take; must be shorter than {@link #period()}. Default: {@code "2s"}. */
  String timeout() default "2s";

  /** Consecutive failures before the probe counts as failed, at least 1. Default: {@code 3}. */
  int failureThreshold() default 3;

  /**
   * Delay before the first probe. Prefer a startup probe to a long delay. Default: {@code "0s"}.
   */
  String initialDelay() default "0s";
}
