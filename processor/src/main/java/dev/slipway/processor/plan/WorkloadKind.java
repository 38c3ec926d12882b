package dev.slipway.processor.plan;

/**
 * What runs a service's pods: a Deployment, or an Argo Rollouts {@code Rollout} when the service
 * ships progressively ({@code @Canary}, {@code @BlueGreen}); for a {@code @Job}, a {@code Job}, or
 * a {@code CronJob} when it has a schedule.
 */
public enum WorkloadKind {
  DEPLOYMENT("apps/v1", "Deployment", "deployment"),
  ROLLOUT("argoproj.io/v1alpha1", "Rollout", "rollout"),
  JOB("batch/v1", "Job", "job"),
  CRON_JOB("batch/v1", "CronJob", "cronjob");

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

  /** True for a workload that runs to completion rather than for ever. */
  public boolean batch() {
    return this == JOB || this == CRON_JOB;
  }

  /** Where the pod template sits in the workload, as a JSON pointer. */
  public String podTemplatePointer() {
    return this == CRON_JOB ? "/spec/jobTemplate/spec/template" : "/spec/template";
  }

  /** The resource name kubectl uses, as in {@code kubectl get rollout/orders}. */
  public String kubectlResource() {
    return kubectlResource;
  }
}
