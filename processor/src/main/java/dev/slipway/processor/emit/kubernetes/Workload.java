package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.model.ServiceModel;

/**
 * What runs a service's pods and how many: a Deployment, or an Argo Rollouts {@code Rollout} when
 * the service ships progressively ({@code @Canary}, {@code @BlueGreen}). The HPA, the overlays'
 * replica patches and the rendered streams address the workload through this class.
 */
public final class Workload {

  /** Replicas of a service without {@code @Scaling}: two, so one node drain never empties it. */
  public static final int DEFAULT_REPLICAS = 2;

  private Workload() {}

  public static String apiVersion(ServiceModel service) {
    return service.isRollout() ? "argoproj.io/v1alpha1" : "apps/v1";
  }

  public static String kind(ServiceModel service) {
    return service.isRollout() ? "Rollout" : "Deployment";
  }

  /** True when an HPA owns the replica count ({@code @Scaling} with {@code max > min}). */
  public static boolean autoscaled(ServiceModel service) {
    return service.scaling().map(s -> s.autoscales()).orElse(false);
  }

  /** The (minimum) replica count as annotated: {@code @Scaling(min)}, or the default. */
  public static int minReplicas(ServiceModel service) {
    return service.scaling().map(s -> s.min().value()).orElse(DEFAULT_REPLICAS);
  }
}
