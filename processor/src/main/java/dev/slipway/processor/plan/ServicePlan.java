package dev.slipway.processor.plan;

import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.values.TimeSpan;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One validated service, fully resolved: every duration, quantity, image, port, objective and
 * derived name computed once by the {@link Planner}. Emitters only read it; nothing here is parsed
 * again or can fail.
 *
 * @param className the binary name of the annotated class, as {@code Class.getName()} gives it
 * @param image the image production runs (the base manifests carry it)
 * @param drain how long the process keeps serving after SIGTERM
 * @param gracePeriod how long Kubernetes waits after SIGTERM before SIGKILL
 * @param jvm the JVM's settings from the resources; empty when the service sets its own {@code
 *     JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}
 * @param egress what the service connects to outside the compile, from {@code @Egress}
 * @param analysis the metric gate of a Rollout; empty for a Deployment
 * @param latencyBuckets the boundaries of the HTTP server histogram: every threshold an alert or
 *     analysis reads is one of them
 * @param environments the service in each environment, production last
 * @param job a job's schedule, deadlines and retries; empty for a service or worker
 * @param backlog the queue a worker consumes from, when it declares one
 */
public record ServicePlan(
    String name,
    String className,
    String team,
    ContainerImage image,
    WorkloadKind workload,
    Replicas replicas,
    Ports ports,
    ResourcesPlan resources,
    Optional<JvmSizing> jvm,
    List<EnvVar> env,
    List<Dependency> dependencies,
    List<EgressPeer> egress,
    TimeSpan drain,
    TimeSpan gracePeriod,
    Optional<Probes> probes,
    Optional<CanaryPlan> canary,
    Optional<BlueGreenPlan> blueGreen,
    Optional<AnalysisPlan> analysis,
    Optional<ExposePlan> expose,
    SloPlan slo,
    MetricsPlan metrics,
    List<Duration> latencyBuckets,
    List<EnvironmentPlan> environments,
    Optional<JobPlan> job,
    Optional<BacklogPlan> backlog) {

  /** Suffixes of the extra Services a Rollout steers; the rules check names with them too. */
  public static final String CANARY_SUFFIX = ServiceModel.CANARY_SUFFIX;

  public static final String STABLE_SUFFIX = ServiceModel.STABLE_SUFFIX;
  public static final String PREVIEW_SUFFIX = ServiceModel.PREVIEW_SUFFIX;

  public ServicePlan {
    env = List.copyOf(env);
    dependencies = List.copyOf(dependencies);
    egress = List.copyOf(egress);
    latencyBuckets = List.copyOf(latencyBuckets);
    environments = List.copyOf(environments);
  }

  /** A worker: long-running, but takes no HTTP traffic. */
  public boolean isWorker() {
    return !ports.servesHttp() && !workload.batch();
  }

  /** A Job or CronJob. */
  public boolean isJob() {
    return workload.batch();
  }

  public boolean isRollout() {
    return workload == WorkloadKind.ROLLOUT;
  }

  /** The production environment: the last one. */
  public EnvironmentPlan production() {
    return environments.get(environments.size() - 1);
  }
}
