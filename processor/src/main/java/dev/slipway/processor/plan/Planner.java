package dev.slipway.processor.plan;

import dev.slipway.processor.model.BacklogModel;
import dev.slipway.processor.model.BlueGreenModel;
import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.EffectiveService;
import dev.slipway.processor.model.EgressModel;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.ExposeModel;
import dev.slipway.processor.model.Framework;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ScalingModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SloModel;
import dev.slipway.processor.values.CronSchedule;
import dev.slipway.processor.values.Decimals;
import dev.slipway.processor.values.EffectiveImage;
import dev.slipway.processor.values.GatewayReference;
import dev.slipway.processor.values.Quantity;
import dev.slipway.processor.values.TimeSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Resolves validated services into a {@link CompilePlan}: the one place where attribute text is
 * parsed for emission and where derived values (images per environment, ports, objectives, analysis
 * windows, histogram buckets, hosts) are computed. It runs only when the rulebook found no error; a
 * value no rule caught is a bug in the rulebook and fails here, the same way every time, instead of
 * in some emitter.
 */
public final class Planner {

  /** The Prometheus client libraries' default buckets, 5 ms to 10 s. */
  static final List<Duration> DEFAULT_BUCKETS =
      List.of(
          Duration.ofMillis(5),
          Duration.ofMillis(10),
          Duration.ofMillis(25),
          Duration.ofMillis(50),
          Duration.ofMillis(100),
          Duration.ofMillis(250),
          Duration.ofMillis(500),
          Duration.ofMillis(1000),
          Duration.ofMillis(2500),
          Duration.ofMillis(5000),
          Duration.ofMillis(10000));

  private final Options options;
  private final Framework framework;
  private final List<Environment> environments;
  private final Map<String, ServiceModel> byName;

  private Planner(List<ServiceModel> services, Options options, Framework framework) {
    this.options = options;
    this.framework = framework;
    this.environments = Environment.all(options);
    // the first of two services with one name wins, as the rulebook reports the second
    this.byName = new HashMap<>();
    for (ServiceModel service : services) {
      byName.putIfAbsent(service.serviceName(), service);
    }
  }

  /** The plan of a compile whose services passed the rulebook. */
  public static CompilePlan plan(
      List<ServiceModel> services,
      Options options,
      Framework framework,
      boolean runtimeOnClassPath) {
    Planner planner = new Planner(services, options, framework);
    List<ServicePlan> plans = new ArrayList<>();
    for (ServiceModel service : services) {
      plans.add(planner.service(service));
    }
    return new CompilePlan(
        List.copyOf(plans),
        planner.environments,
        new Layout(options.runbookBaseUrl()),
        options.prometheusUrl(),
        options.rendered(),
        runtimeOnClassPath);
  }

  private ServicePlan service(ServiceModel service) {
    ContainerImage image = image(service);
    // a job runs one pod per run: no autoscaler, no disruption budget
    Replicas replicas =
        service.isJob()
            ? new Replicas(1, 1, 0, 0)
            : service.scaling().isPresent()
                ? replicas(service.scaling().get())
                : Replicas.FIXED_DEFAULT;
    Optional<ExposePlan> expose =
        service.expose().isPresent()
            ? Optional.of(expose(service.expose().get()))
            : Optional.empty();
    ResourcesPlan resources = resources(service);
    Optional<CanaryPlan> canary =
        service.canary().isPresent()
            ? Optional.of(canary(service.canary().get(), expose))
            : Optional.empty();
    List<EnvVar> env = new ArrayList<>();
    for (EnvModel variable : service.env()) {
      env.add(env(variable));
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (Located<String> dependency : service.dependsOn()) {
      dependencies.add(dependency(dependency.value()));
    }
    List<EgressPeer> egress = new ArrayList<>();
    for (EgressModel peer : service.egress()) {
      egress.add(egress(peer));
    }
    List<EnvironmentPlan> inEnvironments = new ArrayList<>();
    for (Environment environment : environments) {
      inEnvironments.add(
          environment(service, environment, image, replicas, resources, expose, canary));
    }
    return new ServicePlan(
        service.serviceName(),
        service.className(),
        service.team().value(),
        image,
        workload(service),
        replicas,
        ports(service),
        resources,
        sizesOwnJvm(service) ? Optional.empty() : Optional.of(JvmSizing.of(framework, resources)),
        List.copyOf(env),
        List.copyOf(dependencies),
        List.copyOf(egress),
        span(service.drain()),
        span(service.gracePeriod()),
        service.healthCheck().isPresent()
            ? Optional.of(probes(service.healthCheck().get()))
            : Optional.empty(),
        canary,
        service.canary().isEmpty() && service.blueGreen().isPresent()
            ? Optional.of(blueGreen(service.blueGreen().get()))
            : Optional.empty(),
        analysis(service),
        expose,
        slo(service.slo()),
        new MetricsPlan(service.metrics().path().value(), span(service.metrics().interval())),
        latencyBuckets(service),
        List.copyOf(inEnvironments),
        service.job().isPresent() ? Optional.of(job(service.job().get())) : Optional.empty(),
        service.backlog().isPresent()
            ? Optional.of(backlog(service.backlog().get()))
            : Optional.empty());
  }

  private static WorkloadKind workload(ServiceModel service) {
    if (service.isJob()) {
      return service.job().orElseThrow().scheduled() ? WorkloadKind.CRON_JOB : WorkloadKind.JOB;
    }
    return service.isRollout() ? WorkloadKind.ROLLOUT : WorkloadKind.DEPLOYMENT;
  }

  /** A service's traffic, health and metrics ports; a worker's management ports; a job's none. */
  private static Ports ports(ServiceModel service) {
    if (service.isJob()) {
      return Ports.none();
    }
    if (service.isWorker()) {
      return Ports.worker(service.healthPort(), service.metricsPort());
    }
    return new Ports(service.port().value(), service.healthPort(), service.metricsPort());
  }

  private static JobPlan job(JobModel job) {
    Optional<JobPlan.Schedule> schedule = Optional.empty();
    String cron = job.schedule().value();
    if (!cron.isEmpty()) {
      Optional<CronSchedule> parsed = CronSchedule.tryParse(cron);
      Optional<CronSchedule.Intervals> intervals =
          parsed.isPresent() ? parsed.get().intervals() : Optional.empty();
      if (intervals.isEmpty()) {
        throw unresolved(job.schedule(), "a schedule that fires");
      }
      schedule = Optional.of(new JobPlan.Schedule(cron, intervals.get()));
    }
    return new JobPlan(
        schedule,
        optional(job.timeZone()),
        kubernetesEnum(job.concurrencyPolicy().value()),
        optionalSpan(job.startingDeadline()),
        optionalSpan(job.activeDeadline()),
        job.backoffLimit().value(),
        kubernetesEnum(job.restartPolicy().value()),
        job.successfulJobsHistoryLimit().value(),
        job.failedJobsHistoryLimit().value(),
        optionalSpan(job.ttlAfterFinished()));
  }

  /** {@code ON_FAILURE} as Kubernetes spells it: {@code OnFailure}. */
  static String kubernetesEnum(String constant) {
    StringBuilder sb = new StringBuilder();
    for (String word : constant.split("_")) {
      sb.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return sb.toString();
  }

  private static BacklogPlan backlog(BacklogModel backlog) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    for (Located<String> label : backlog.labels().value()) {
      int eq = label.value().indexOf('=');
      labels.put(label.value().substring(0, eq).strip(), label.value().substring(eq + 1));
    }
    return new BacklogPlan(
        backlog.metric().value(),
        labels,
        backlog.threshold().value(),
        span(backlog.duration()).duration());
  }

  private ContainerImage image(ServiceModel service) {
    Optional<EffectiveImage> image = EffectiveImage.of(service, options);
    if (image.isEmpty()) {
      throw unresolved(service.image(), "an image");
    }
    if (image.get().parsed().isEmpty()) {
      throw unresolved(service.image(), "an image reference");
    }
    return new ContainerImage(image.get().parsed().get());
  }

  private static Replicas replicas(ScalingModel scaling) {
    return new Replicas(
        scaling.min().value(),
        scaling.max().value(),
        scaling.cpuUtilization().value(),
        scaling.memoryUtilization().value());
  }

  private static ResourcesPlan resources(ServiceModel service) {
    return new ResourcesPlan(
        quantity(service.resources().cpu()),
        quantity(service.resources().memory()),
        optionalQuantity(service.resources().cpuLimit()),
        quantity(service.resources().memoryLimit()));
  }

  private static boolean sizesOwnJvm(ServiceModel service) {
    for (EnvModel env : service.env()) {
      if (JvmSizing.USER_VARIABLES.contains(env.name().value())) {
        return true;
      }
    }
    return false;
  }

  private static EnvVar env(EnvModel env) {
    String key = env.effectiveKey();
    if (!env.secret().value().isEmpty()) {
      return new EnvVar(env.name().value(), EnvVar.Source.SECRET, env.secret().value(), key);
    }
    if (!env.configMap().value().isEmpty()) {
      return new EnvVar(env.name().value(), EnvVar.Source.CONFIG_MAP, env.configMap().value(), key);
    }
    return new EnvVar(env.name().value(), EnvVar.Source.LITERAL, env.value().value(), "");
  }

  private Dependency dependency(String name) {
    ServiceModel dependency = byName.get(name);
    return new Dependency(
        name,
        dependency == null ? Optional.empty() : Optional.ofNullable(dependency.port().value()));
  }

  /** The peer of an {@code @Egress} the rulebook passed, which names exactly one. */
  private static EgressPeer egress(EgressModel egress) {
    List<Integer> ports = values(egress.ports().value());
    if (!egress.host().value().isEmpty()) {
      return new EgressPeer(EgressPeer.Kind.HOST, egress.host().value(), ports);
    }
    if (!egress.cidr().value().isEmpty()) {
      return new EgressPeer(EgressPeer.Kind.CIDR, egress.cidr().value(), ports);
    }
    return new EgressPeer(EgressPeer.Kind.NAMESPACE, egress.namespace().value(), ports);
  }

  private static Probes probes(HealthCheckModel health) {
    return new Probes(
        health.liveness().value(),
        health.readiness().value(),
        optional(health.startup()),
        span(health.period()),
        span(health.timeout()),
        health.failureThreshold().value(),
        span(health.initialDelay()));
  }

  /**
   * A canary's weights are set by Argo Rollouts' Gateway API plugin on the service's route when it
   * is exposed through a Gateway; otherwise they are shares of the pods (SLW-CAN-009 warns where
   * that misses a step). A header route needs the plugin, which SLW-CAN-008 makes sure of.
   */
  private static CanaryPlan canary(CanaryModel canary, Optional<ExposePlan> expose) {
    boolean routed = expose.isPresent() && expose.get().throughGateway();
    String header = canary.header().value();
    return new CanaryPlan(
        values(canary.steps().value()),
        span(canary.pause()),
        canary.manualGate().value(),
        routed,
        routed && !header.isEmpty()
            ? Optional.of(new CanaryPlan.HeaderRoute(header, canary.headerValue().value()))
            : Optional.empty());
  }

  private static BlueGreenPlan blueGreen(BlueGreenModel blueGreen) {
    return new BlueGreenPlan(
        blueGreen.autoPromote().value(),
        span(blueGreen.promotionDelay()),
        span(blueGreen.scaleDownDelay()));
  }

  /**
   * A canary's analysis runs in the background from the first pause on, for as long as the rollout;
   * each pause may go by without data before a human is asked. A blue-green preview's takes the
   * measurements that fit in {@code promotionDelay} and needs at least one with data.
   */
  private static Optional<AnalysisPlan> analysis(ServiceModel service) {
    Duration window = rateWindow(span(service.metrics().interval()).duration());
    if (service.canary().isPresent()) {
      CanaryModel canary = service.canary().get();
      return Optional.of(
          new AnalysisPlan(
              canary.maxErrorRate().value(),
              span(canary.maxLatencyP99()),
              window,
              Optional.empty(),
              measurements(span(canary.pause()).duration())));
    }
    if (service.blueGreen().isEmpty()) {
      return Optional.empty();
    }
    BlueGreenModel blueGreen = service.blueGreen().get();
    int count = measurements(span(blueGreen.promotionDelay()).duration());
    return Optional.of(
        new AnalysisPlan(
            blueGreen.maxErrorRate().value(),
            span(blueGreen.maxLatencyP99()),
            window,
            Optional.of(count),
            count - 1));
  }

  /** Four scrape intervals, in whole minutes, at least one. */
  private static Duration rateWindow(Duration scrapeInterval) {
    long seconds = scrapeInterval.toSeconds() * 4;
    return Duration.ofMinutes(Math.max(1, (seconds + 59) / 60));
  }

  /**
   * Measurements one {@link AnalysisPlan#INTERVAL} apart that fit in {@code span}, at least one.
   */
  private static int measurements(Duration span) {
    return (int)
        Math.max(
            1, Math.min(Integer.MAX_VALUE, span.toSeconds() / AnalysisPlan.INTERVAL.toSeconds()));
  }

  /**
   * Through a Gateway, the route attaches to {@code @Expose(gateway)}, else to {@code
   * -Aslipway.gateway} (SLW-EXP-007, SLW-EXP-008 and SLW-OPT-012 make sure one of them is a
   * Gateway), and the Ingress's attributes are left out (SLW-EXP-010 rejects them there).
   */
  private ExposePlan expose(ExposeModel expose) {
    if (!expose.throughGateway()) {
      return new ExposePlan(
          expose.host().value(),
          expose.path().value(),
          Optional.empty(),
          optional(expose.tlsSecret()),
          optional(expose.ingressClass()));
    }
    String written =
        expose.gateway().value().isEmpty() ? options.gateway() : expose.gateway().value();
    Optional<GatewayReference> parsed = GatewayReference.parse(written);
    if (parsed.isEmpty()) {
      throw unresolved(expose.gateway().orDefault(written), "a Gateway");
    }
    GatewayReference gateway = parsed.get();
    return new ExposePlan(
        expose.host().value(),
        expose.path().value(),
        Optional.of(new ExposePlan.Listener(gateway, expose.listener().value())),
        Optional.empty(),
        Optional.empty());
  }

  /** Both objectives; the window (validated by SLW-SLO-004) is whole days or weeks. */
  private static SloPlan slo(SloModel slo) {
    String window = slo.window().value();
    long amount = Long.parseLong(window.substring(0, window.length() - 1));
    long hours = window.endsWith("w") ? amount * 7 * 24 : amount * 24;
    return new SloPlan(
        new Objective(
            Objective.AVAILABILITY,
            Decimals.ratioOfPercent(slo.availability().value()),
            window,
            hours),
        new Objective(
            Objective.LATENCY, Decimals.ratioOfPercent(slo.latencyTarget().value()), window, hours),
        span(slo.latency()),
        slo.minBadRequests().value());
  }

  /**
   * Every threshold a latency alert or analysis reads as a bucket boundary (the SLO latency, the
   * canary's and the blue-green preview's p99 bound), merged into the client libraries' defaults,
   * which give the dashboard's percentiles a useful resolution.
   */
  private static List<Duration> latencyBuckets(ServiceModel service) {
    TreeSet<Duration> buckets = new TreeSet<>(DEFAULT_BUCKETS);
    buckets.add(span(service.slo().latency()).duration());
    if (service.canary().isPresent()) {
      buckets.add(span(service.canary().get().maxLatencyP99()).duration());
    }
    if (service.blueGreen().isPresent()) {
      buckets.add(span(service.blueGreen().get().maxLatencyP99()).duration());
    }
    return List.copyOf(buckets);
  }

  private EnvironmentPlan environment(
      ServiceModel service,
      Environment environment,
      ContainerImage image,
      Replicas replicas,
      ResourcesPlan baseResources,
      Optional<ExposePlan> expose,
      Optional<CanaryPlan> baseCanary) {
    boolean production = environment.tier() == Environment.Tier.PRODUCTION;
    // production is exactly the base (SLW-ENVS-002); the first override of an environment counts.
    // Plain ifs rather than Optional chains: this runs in every compile, a fresh JVM, where each
    // lambda costs a linkage the first time (docs/performance.md)
    EnvironmentModel override = null;
    if (!production) {
      for (EnvironmentModel candidate : EffectiveService.overrides(service, options)) {
        if (candidate.environment().equals(environment.name())) {
          override = candidate;
          break;
        }
      }
    }
    ServiceModel effective = override == null ? service : EffectiveService.in(service, override);
    int min =
        override != null && override.min().value() > 0
            ? override.min().value()
            : environment.tier().replicas(replicas.min());
    int max =
        replicas.autoscaled() && override != null && override.max().value() > 0
            ? override.max().value()
            : replicas.max();
    ResourcesPlan resources = override == null ? baseResources : resources(effective);
    Optional<String> host = Optional.empty();
    if (expose.isPresent()) {
      String baseHost = expose.get().host();
      if (production) {
        host = Optional.of(baseHost);
      } else if (override != null && !override.host().value().isEmpty()) {
        host = Optional.of(override.host().value());
      } else {
        host = Optional.of(hostIn(baseHost, environment.name()));
      }
    }
    EnvironmentPlan.Alerting alerting = EnvironmentPlan.Alerting.TICKET;
    if (production) {
      alerting = EnvironmentPlan.Alerting.PAGE;
    } else if (override != null) {
      alerting = EnvironmentPlan.Alerting.valueOf(override.alerts().value());
    }
    Optional<String> tag = options.tagFor(environment.name());
    List<EnvVar> variables = new ArrayList<>();
    for (EnvModel variable : effective.env()) {
      variables.add(env(variable));
    }
    Optional<CanaryPlan> canary = baseCanary;
    if (override != null) {
      canary =
          effective.canary().isPresent()
              ? Optional.of(canary(effective.canary().get(), expose))
              : Optional.empty();
    }
    return new EnvironmentPlan(
        environment,
        options.namespaceFor(service, environment.name()),
        tag.isPresent() ? image.withTag(tag.get()) : image,
        min,
        max,
        resources,
        sizesOwnJvm(effective) ? Optional.empty() : Optional.of(JvmSizing.of(framework, resources)),
        variables,
        host,
        canary,
        alerting);
  }

  /**
   * The host of a service exposed at {@code host} in the non-production {@code environment}: the
   * first label gets {@code -<env>}, so {@code orders.acme.example} is {@code
   * orders-dev.acme.example}, which keeps the production host free on a shared ingress controller
   * and stays under the domain's wildcard certificate. A wildcard host, {@code *.acme.example},
   * cannot grow its first label; it moves one level down instead, to {@code *.dev.acme.example} (a
   * wildcard certificate of its own). SLW-EXP-006 checks that every host derived here is a valid
   * one.
   */
  public static String hostIn(String host, String environment) {
    if (host.startsWith("*.")) {
      return "*." + environment + host.substring(1);
    }
    int dot = host.indexOf('.');
    return dot < 0
        ? host + "-" + environment
        : host.substring(0, dot) + "-" + environment + host.substring(dot);
  }

  private static Optional<String> optional(Located<String> attribute) {
    return attribute.value().isEmpty() ? Optional.empty() : Optional.of(attribute.value());
  }

  private static TimeSpan span(Located<String> attribute) {
    Optional<TimeSpan> span = TimeSpan.parse(attribute.value());
    if (span.isEmpty()) {
      throw unresolved(attribute, "a duration");
    }
    return span.get();
  }

  /** The duration of an optional attribute, empty when it is not set. */
  private static Optional<TimeSpan> optionalSpan(Located<String> attribute) {
    return attribute.value().isEmpty() ? Optional.empty() : Optional.of(span(attribute));
  }

  private static Quantity quantity(Located<String> attribute) {
    Optional<Quantity> quantity = Quantity.parse(attribute.value());
    if (quantity.isEmpty()) {
      throw unresolved(attribute, "a quantity");
    }
    return quantity.get();
  }

  /** The quantity of an optional attribute, empty when it is not set. */
  private static Optional<Quantity> optionalQuantity(Located<String> attribute) {
    return attribute.value().isEmpty() ? Optional.empty() : Optional.of(quantity(attribute));
  }

  private static <T> List<T> values(List<Located<T>> attributes) {
    List<T> values = new ArrayList<>(attributes.size());
    for (Located<T> attribute : attributes) {
      values.add(attribute.value());
    }
    return List.copyOf(values);
  }

  /** A value the rulebook should have rejected: a bug, reported once, here. */
  private static IllegalStateException unresolved(Located<String> attribute, String what) {
    return new IllegalStateException(
        "the rulebook passed \"" + attribute.value() + "\", which is not " + what);
  }
}
