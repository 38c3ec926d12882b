package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Ship the service as an Argo Rollouts blue-green deployment: the new version starts beside the old
 * behind a preview Service, is analysed, and then takes all traffic at once. A service is either
 * {@link Canary} or {@code @BlueGreen}, never both.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BlueGreen {

  /** Promote automatically once pre-promotion analysis passes. Default: {@code true}. */
  boolean autoPromote() default true;

  /**
   * How long the preview's error ratio and latency are analysed, once all its pods are ready,
   * before it is promoted (with {@link #autoPromote()}) or may be promoted by hand. The analysis
   * needs at least one measurement with traffic in that time, so send the preview some (smoke
   * tests): with none, the rollout waits for a person. A duration of whole seconds. Default: {@code
   * "1m"}.
   */
  String promotionDelay() default "1m";

  /**
   * How long the old version keeps running after promotion, while the new one is analysed again
   * under production traffic: a failure switches the traffic back to it. At least {@link
   * #promotionDelay()}; a duration of whole seconds. Default: {@code "5m"}.
   */
  String scaleDownDelay() default "5m";

  /**
   * Highest acceptable error ratio of the preview during analysis, in (0, 1). Default: {@code
   * 0.01}.
   */
  double maxErrorRate() default 0.01;

  /** Highest acceptable preview p99 latency. Default: {@code "500ms"}. */
  String maxLatencyP99() default "500ms";
}
