package dev.slipway.processor.plan;

/**
 * What runs a service's pods: a Deployment, or an Argo Rollouts {@code Rollout} when the service
 * ships progressively ({@code @Canary}, {@code @BlueGreen}).
 */
public enum WorkloadKind {
  DEPLOYMENT("apps/v1", "Deployment", "deployment"),
  ROLLOUT("argoproj.io/v1alpha1", "Rollout", "rollout");

  private final String apiVersion;
  private final String kind;
  private final String kubectlResource;

  WorkloadKind(String apiVersion, String kind, String kubectlResource) {
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.kubectlResource = kubectlResource;
  }

  public String apiVersion() {
    return apiVersion;
  }

  public String kind() {
    return kind;
  }

  /** The resource name kubectl uses, as in {@code kubectl get rollout/orders}. */
  public String kubectlResource() {
    return kubectlResource;
  }
}
