package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Ship the service as an Argo Rollouts blue-green deployment: the new version starts beside the
 * old behind a preview Service, is analysed, and then takes all traffic at once. A service is
 * either {@link Canary} or {@code @BlueGreen}, never both.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BlueGreen {

  /** Promote automatically once pre-promotion analysis passes. Default: {@code true}. */
  boolean autoPromote() default true;

  /**
   * With {@link #autoPromote()}, how long to wait after the preview is ready before promoting.
   * Default: {@code "1m"}.
   */
  String promotionDelay() default "1m";

  /** How long the old version keeps running after promotion, for a fast rollback. Default: {@code "5m"}. */
  String scaleDownDelay() default "5m";

  /** Highest acceptable error ratio of the preview during analysis, in (0, 1). Default: {@code 0.01}. */
  double maxErrorRate() default 0.01;

  /** Highest acceptable preview p99 latency. Default: {@code "500ms"}. */
  String maxLatencyP99() default "500ms";
}
