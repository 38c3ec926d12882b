package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Ship the service as an Argo Rollouts canary: traffic moves to the new version in {@link #steps()}
 * with a {@link #pause()} after each, while an analysis watches the canary's error ratio and p99
 * latency and aborts (rolls back) when either crosses its bound.
 *
 * <pre>
 * {@code @Canary(steps = {10, 25, 50}, pause = "5m", maxErrorRate = 0.01, maxLatencyP99 = "500ms")}
 * </pre>
 *
 * <p>The weights are exact when the service is exposed through a Gateway ({@code @Expose}): Argo
 * Rollouts then sets them on the {@code HTTPRoute}'s backends. Otherwise Argo approximates each
 * weight with pods (the canary gets {@code ceil(weight × replicas / 100)} of them beside the stable
 * ones), and the compiler warns when a step cannot be honoured with the replica count.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Canary {

  /**
   * Canary traffic weights in percent, each in 1..99, strictly increasing. Default: {@code {10, 25,
   * 50}}.
   */
  int[] steps() default {10, 25, 50};

  /** The pause after each step, a duration such as {@code "5m"}. Default: {@code "5m"}. */
  String pause() default "5m";

  /**
   * The highest acceptable canary error ratio (5xx / all), in (0, 1). Default: {@code 0.01} (1 %).
   */
  double maxErrorRate() default 0.01;

  /**
   * The highest acceptable canary p99 latency, a duration such as {@code "500ms"}. Default: {@code
   * "500ms"}.
   */
  String maxLatencyP99() default "500ms";

  /**
   * Wait for a person after the last step: once its pause is over, the rollout holds (the analysis
   * keeps watching and still aborts on failure) until someone runs {@code kubectl argo rollouts
   * promote <name>}. Default: {@code false}, all traffic moves to the new version as soon as the
   * last pause ends.
   */
  boolean manualGate() default false;

  /**
   * An HTTP header that sends a request to the new version before any user traffic does, for smoke
   * tests: requests carrying {@code <header>: <headerValue>} reach the canary from the first step,
   * during a first {@link #pause()} at weight 0, and until the rollout ends. Needs traffic routing,
   * so only on a service exposed through a Gateway ({@code @Expose}, the default {@code via}).
   * Example: {@code header = "X-Canary"}. Default: {@code ""} (none).
   */
  String header() default "";

  /**
   * The value of {@link #header()} that selects the canary, matched exactly. Default: {@code
   * "true"}.
   */
  String headerValue() default "true";
}
