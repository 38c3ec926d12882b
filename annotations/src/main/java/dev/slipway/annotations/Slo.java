package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service's objectives, which drive the multi-window burn-rate alerts, the dashboard's
 * error-budget panels and the runtime's histogram buckets. Without {@code @Slo} a service gets the
 * defaults below.
 *
 * <pre>{@code @Slo(availability = 99.95, latency = "300ms", latencyTarget = 99.0)}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Slo {

  /** Percent of requests that must not fail with a 5xx, in (0, 100). Default: {@code 99.9}. */
  double availability() default 99.9;

  /**
   * The latency threshold, a duration such as {@code "300ms"}. It must be a histogram bucket
   * boundary of {@code http_server_requests_seconds}; the Slipway runtime adds it. Default: {@code
   * "500ms"}.
   */
  String latency() default "500ms";

  /**
   * Percent of requests that must be faster than {@link #latency()}, in (0, 100). Default: {@code
   * 99.0}.
   */
  double latencyTarget() default 99.0;

  /**
   * The SLO window, in days or weeks such as {@code "30d"} or {@code "4w"}. Default: {@code "30d"}.
   */
  String window() default "30d";

  /**
   * The fewest bad requests (failed, or slower than {@link #latency()}) in an alert's long window
   * (1h and 6h for the page, 1d and 3d for the ticket) before a burn-rate alert fires. Below it, a
   * service with a trickle of traffic does not page on one or two errors; at real traffic the ratio
   * crosses the burn threshold long after the count has passed this floor. {@code 0} turns the
   * guard off. Default: {@code 10}.
   */
  int minBadRequests() default 10;
}
