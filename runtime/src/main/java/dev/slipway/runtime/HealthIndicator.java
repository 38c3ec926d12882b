package dev.slipway.runtime;

/**
 * One readiness check, such as a database ping. Readiness is UP only when every registered check
 * returns true; liveness never runs them, so a failing dependency takes the pod out of the Service
 * instead of restarting it.
 *
 * <p>A check runs on each readiness probe, on the probe's request thread: keep it fast and give it
 * its own timeout shorter than {@code @HealthCheck(timeout)}.
 */
@FunctionalInterface
public interface HealthIndicator {

  /** True when healthy; false or any exception means DOWN (the exception is logged, not served). */
  boolean isHealthy() throws Exception;
}
