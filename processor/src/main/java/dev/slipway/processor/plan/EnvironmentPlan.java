package dev.slipway.processor.plan;

import java.util.Optional;

/**
 * What one service runs in one environment.
 *
 * @param namespace the namespace, from {@code -Aslipway.namespace}
 * @param image the image, with the environment's own tag when {@code -Aslipway.environmentTags}
 *     gives one
 * @param replicas the replica count, or the autoscaler's floor
 * @param host the exposed host, when the service is exposed
 */
public record EnvironmentPlan(
    Environment environment,
    String namespace,
    ContainerImage image,
    int replicas,
    Optional<String> host) {

  public String name() {
    return environment.name();
  }

  public boolean production() {
    return environment.tier() == Environment.Tier.PRODUCTION;
  }
}
