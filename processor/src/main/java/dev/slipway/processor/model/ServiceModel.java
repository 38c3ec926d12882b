package dev.slipway.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything Slipway knows about one service, read once from its annotations.
 *
 * @param className the binary name of the annotated class, as {@code Class.getName()} gives it
 * @param origin the class and its {@code @Service} annotation
 * @param name the service name, explicit or derived from the class name
 * @param image the image as written; empty when it is to come from the processor options
 * @param egress what the service calls beyond {@code dependsOn}, from {@code @Egress}
 * @param worker {@code @Worker}, when the service is a worker that takes no traffic
 * @param job {@code @Job}, when the service is a batch job
 * @param backlog {@code @Backlog}, the queue a worker consumes from
 * @param sloWritten whether the class carries {@code @Slo} (else {@link #slo} holds its defaults)
 * @param metricsWritten whether the class carries {@code @Metrics}
 * @param environments the {@code @Environment} overrides, as written
 */
public record ServiceModel(
    String className,
    Origin origin,
    Located<String> name,
    Located<String> image,
    Located<Integer> port,
    Located<String> team,
    ResourcesModel resources,
    List<EnvModel> env,
    List<Located<String>> dependsOn,
    Located<String> drain,
    Located<String> gracePeriod,
    Optional<ScalingModel> scaling,
    Optional<HealthCheckModel> healthCheck,
    Optional<CanaryModel> canary,
    Optional<BlueGreenModel> blueGreen,
    Optional<ExposeModel> expose,
    SloModel slo,
    MetricsModel metrics,
    List<WaiverModel> waivers,
    List<EgressModel> egress,
    Optional<Origin> worker,
    Optional<JobModel> job,
    Optional<BacklogModel> backlog,
    boolean sloWritten,
    boolean metricsWritten,
    List<EnvironmentModel> environments) {

  /** Suffixes of the extra Services a Rollout steers; names with them must still fit 63 chars. */
  public static final String CANARY_SUFFIX = "-canary";

  public static final String STABLE_SUFFIX = "-stable";
  public static final String PREVIEW_SUFFIX = "-preview";

  public ServiceModel {
    env = List.copyOf(env);
    dependsOn = List.copyOf(dependsOn);
    waivers = List.copyOf(waivers);
    egress = List.copyOf(egress);
    environments = List.copyOf(environments);
  }

  /**
   * This service with other resources, variables and canary: another environment's ({@link
   * EffectiveService}).
   */
  ServiceModel with(ResourcesModel resources, List<EnvModel> env, Optional<CanaryModel> canary) {
    return new ServiceModel(
        className,
        origin,
        name,
        image,
        port,
        team,
        resources,
        env,
        dependsOn,
        drain,
        gracePeriod,
        scaling,
        healthCheck,
        canary,
        blueGreen,
        expose,
        slo,
        metrics,
        waivers,
        egress,
        worker,
        job,
        backlog,
        sloWritten,
        metricsWritten,
        environments);
  }

  /** The plain service name. */
  public String serviceName() {
    return name.value();
  }

  /**
   * The port the probes hit: {@code @HealthCheck(port)}, where 0 (or no health check) means the
   * service port.
   */
  public int healthPort() {
    int declared = healthCheck.map(h -> h.port().value()).orElse(0);
    return declared == 0 ? port.value() : declared;
  }

  /** The scrape port: {@code @Metrics(port)}, where 0 means the {@link #healthPort()}. */
  public int metricsPort() {
    int declared = metrics.port().value();
    return declared == 0 ? healthPort() : declared;
  }

  /** True for a worker: a long-running process without a user-facing port. */
  public boolean isWorker() {
    return worker.isPresent() && job.isEmpty();
  }

  /** True for a batch job, one-off or scheduled. */
  public boolean isJob() {
    return job.isPresent();
  }

  /** True for a plain service, which answers HTTP requests on {@link #port}. */
  public boolean servesHttp() {
    return worker.isEmpty() && job.isEmpty();
  }

  /** True when the workload is an Argo Rollouts {@code Rollout} rather than a Deployment. */
  public boolean isRollout() {
    return canary.isPresent() || blueGreen.isPresent();
  }
}
