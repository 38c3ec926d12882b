package dev.slipway.processor.plan;

import java.util.List;
import java.util.Optional;

/**
 * What one service runs in one environment: the base annotations with the environment's own options
 * and its {@code @Environment} override applied.
 *
 * @param namespace the namespace, from {@code -Aslipway.namespace}
 * @param image the image, with the environment's own tag when {@code -Aslipway.environmentTags}
 *     gives one
 * @param replicas the replica count, or the autoscaler's floor
 * @param maxReplicas the autoscaler's ceiling; equal to the base's for a fixed count
 * @param resources the container's requests and limits
 * @param jvm the JVM sized to {@link #resources}; empty when the service sizes its own JVM
 * @param env the container's variables, the base's with the override's replacing and added
 * @param host the exposed host, when the service is exposed
 * @param canary the canary's steps, pauses and gate here; empty when the service has no canary or
 *     it runs a plain rolling update here
 * @param alerting what the service's alerts do here
 */
public record EnvironmentPlan(
    Environment environment,
    String namespace,
    ContainerImage image,
    int replicas,
    int maxReplicas,
    ResourcesPlan resources,
    Optional<JvmSizing> jvm,
    List<EnvVar> env,
    Optional<String> host,
    Optional<CanaryPlan> canary,
    Alerting alerting) {

  /** What a service's alerts do in one environment. */
  public enum Alerting {
    /** As in production: an alert pages when production's would. */
    PAGE,
    /** Every alert is a ticket; none pages. */
    TICKET,
    /** The environment has no alerts. */
    NONE
  }

  public EnvironmentPlan {
    env = List.copyOf(env);
  }

  public String name() {
    return environment.name();
  }

  public boolean production() {
    return environment.tier() == Environment.Tier.PRODUCTION;
  }
}
