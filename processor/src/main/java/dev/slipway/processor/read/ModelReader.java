package dev.slipway.processor.read;

import dev.slipway.processor.model.BacklogModel;
import dev.slipway.processor.model.BlueGreenModel;
import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.EgressModel;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.ExposeModel;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.JobModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.MetricsModel;
import dev.slipway.processor.model.ResourcesModel;
import dev.slipway.processor.model.ScalingModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SloModel;
import dev.slipway.processor.model.WaiverModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads an annotated class into a {@link ServiceModel}, once. The only reader of javac elements.
 */
public final class ModelReader {

  public static final String PACKAGE = "dev.slipway.annotations.";
  public static final String SERVICE = PACKAGE + "Service";
  public static final String SCALING = PACKAGE + "Scaling";
  public static final String HEALTH_CHECK = PACKAGE + "HealthCheck";
  public static final String CANARY = PACKAGE + "Canary";
  public static final String BLUE_GREEN = PACKAGE + "BlueGreen";
  public static final String EXPOSE = PACKAGE + "Expose";
  public static final String SLO = PACKAGE + "Slo";
  public static final String METRICS = PACKAGE + "Metrics";
  public static final String WAIVE = PACKAGE + "Waive";
  public static final String WAIVE_LIST = PACKAGE + "Waive.List";
  public static final String EGRESS = PACKAGE + "Egress";
  public static final String EGRESS_LIST = PACKAGE + "Egress.List";
  public static final String WORKER = PACKAGE + "Worker";
  public static final String JOB = PACKAGE + "Job";
  public static final String BACKLOG = PACKAGE + "Backlog";
  public static final String ENVIRONMENT = PACKAGE + "Environment";
  public static final String ENVIRONMENT_LIST = PACKAGE + "Environment.List";

  /** The annotations that only make sense next to {@code @Service}. */
  public static final List<String> COMPANIONS =
      List.of(
          SCALING,
          HEALTH_CHECK,
          CANARY,
          BLUE_GREEN,
          EXPOSE,
          SLO,
          METRICS,
          WAIVE,
          WAIVE_LIST,
          EGRESS,
          EGRESS_LIST,
          WORKER,
          JOB,
          BACKLOG,
          ENVIRONMENT,
          ENVIRONMENT_LIST);

  private static final List<String> CLASS_NAME_SUFFIXES =
      List.of("Service", "Application", "App", "Main", "Server", "Worker", "Job");

  private final Elements elements;

  public ModelReader(Elements elements) {
    this.elements = elements;
  }

  /**
   * Reads {@code type}, which carries {@code @Service}.
   *
   * @throws UnreadableAnnotationException when javac could not attribute a value; it has already
   *     reported why
   */
  public ServiceModel read(TypeElement type) {
    AnnotationReader service = reader(type, SERVICE).orElseThrow();
    Located<String> writtenName = service.string("name");
    Located<String> name =
        writtenName.explicit()
            ? writtenName
            : new Located<>(
                nameFromClass(type.getSimpleName().toString()), writtenName.origin(), false);
    AnnotationReader resources = service.nested("resources");
    return new ServiceModel(
        elements.getBinaryName(type).toString(),
        service.origin(),
        name,
        service.string("image"),
        service.integer("port"),
        service.string("team"),
        new ResourcesModel(
            resources.origin(),
            resources.string("cpu"),
            resources.string("memory"),
            resources.string("cpuLimit"),
            resources.string("memoryLimit")),
        envs(service),
        service.array("dependsOn", String.class).value(),
        service.string("drain"),
        service.string("gracePeriod"),
        optional(type, SCALING, ModelReader::scaling),
        optional(type, HEALTH_CHECK, ModelReader::healthCheck),
        optional(type, CANARY, a -> canary(a, position(type, CANARY))),
        optional(type, BLUE_GREEN, a -> blueGreen(a, position(type, BLUE_GREEN))),
        optional(type, EXPOSE, ModelReader::expose),
        slo(readerOrDefaults(type, SLO, service)),
        metrics(readerOrDefaults(type, METRICS, service)),
        waivers(type),
        repeated(type, EGRESS, EGRESS_LIST, ModelReader::egress),
        optional(type, WORKER, AnnotationReader::origin),
        optional(type, JOB, ModelReader::job),
        optional(type, BACKLOG, ModelReader::backlog),
        mirror(type, SLO).isPresent(),
        mirror(type, METRICS).isPresent(),
        repeated(type, ENVIRONMENT, ENVIRONMENT_LIST, ModelReader::environment));
  }

  private static JobModel job(AnnotationReader a) {
    return new JobModel(
        a.origin(),
        a.string("schedule"),
        a.string("timeZone"),
        a.enumConstant("concurrencyPolicy"),
        a.bool("idempotent"),
        a.string("startingDeadline"),
        a.string("activeDeadline"),
        a.integer("backoffLimit"),
        a.enumConstant("restartPolicy"),
        a.integer("successfulJobsHistoryLimit"),
        a.integer("failedJobsHistoryLimit"),
        a.string("ttlAfterFinished"));
  }

  private static BacklogModel backlog(AnnotationReader a) {
    return new BacklogModel(
        a.origin(),
        a.string("metric"),
        a.array("labels", String.class),
        a.longInteger("threshold"),
        a.string("duration"));
  }

  /**
   * The Kubernetes name for a class: common suffixes dropped, camel case to kebab case. {@code
   * OrdersService} → {@code orders}, {@code PaymentGateway} → {@code payment-gateway}, {@code
   * HTTPProxyApp} → {@code http-proxy}, {@code InvoicingWorker} → {@code invoicing}.
   */
  public static String nameFromClass(String simpleName) {
    String base = simpleName;
    for (String suffix : CLASS_NAME_SUFFIXES) {
      if (base.endsWith(suffix) && base.length() > suffix.length()) {
        base = base.substring(0, base.length() - suffix.length());
        break;
      }
    }
    return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
        .replace('_', '-')
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static EnvModel env(AnnotationReader env) {
    return new EnvModel(
        env.origin(),
        env.string("name"),
        env.string("value"),
        env.string("secret"),
        env.string("configMap"),
        env.string("key"));
  }

  private static ScalingModel scaling(AnnotationReader a) {
    return new ScalingModel(
        a.origin(),
        a.integer("min"),
        a.integer("max"),
        a.integer("cpuUtilization"),
        a.integer("memoryUtilization"));
  }

  private static HealthCheckModel healthCheck(AnnotationReader a) {
    return new HealthCheckModel(
        a.origin(),
        a.string("liveness"),
        a.string("readiness"),
        a.string("startup"),
        a.integer("port"),
        a.string("period"),
        a.string("timeout"),
        a.integer("failureThreshold"),
        a.string("initialDelay"));
  }

  private static CanaryModel canary(AnnotationReader a, int position) {
    return new CanaryModel(
        a.origin(),
        position,
        a.array("steps", Integer.class),
        a.string("pause"),
        a.decimal("maxErrorRate"),
        a.string("maxLatencyP99"),
        a.bool("manualGate"),
        a.string("header"),
        a.string("headerValue"));
  }

  private static BlueGreenModel blueGreen(AnnotationReader a, int position) {
    return new BlueGreenModel(
        a.origin(),
        position,
        a.bool("autoPromote"),
        a.string("promotionDelay"),
        a.string("scaleDownDelay"),
        a.decimal("maxErrorRate"),
        a.string("maxLatencyP99"));
  }

  private static ExposeModel expose(AnnotationReader a) {
    return new ExposeModel(
        a.origin(),
        a.string("host"),
        a.string("path"),
        a.enumConstant("via"),
        a.string("gateway"),
        a.string("listener"),
        a.string("tlsSecret"),
        a.string("ingressClass"));
  }

  private static SloModel slo(AnnotationReader a) {
    return new SloModel(
        a.origin(),
        a.decimal("availability"),
        a.string("latency"),
        a.decimal("latencyTarget"),
        a.string("window"),
        a.integer("minBadRequests"));
  }

  private static MetricsModel metrics(AnnotationReader a) {
    return new MetricsModel(a.origin(), a.string("path"), a.integer("port"), a.string("interval"));
  }

  private List<WaiverModel> waivers(TypeElement type) {
    return repeated(type, WAIVE, WAIVE_LIST, ModelReader::waiver);
  }

  /** A repeatable annotation, written once or several times (then in its container). */
  private <T> List<T> repeated(
      TypeElement type, String annotation, String container, Function<AnnotationReader, T> read) {
    List<T> all = new ArrayList<>();
    Optional<AnnotationReader> once = reader(type, annotation);
    if (once.isPresent()) {
      all.add(read.apply(once.get()));
    }
    Optional<AnnotationReader> list = reader(type, container);
    if (list.isPresent()) {
      for (AnnotationReader a : list.get().nestedArray("value")) {
        all.add(read.apply(a));
      }
    }
    return all;
  }

  private static EgressModel egress(AnnotationReader a) {
    return new EgressModel(
        a.origin(),
        a.string("host"),
        a.string("cidr"),
        a.string("namespace"),
        a.array("ports", Integer.class));
  }

  private static EnvironmentModel environment(AnnotationReader a) {
    return new EnvironmentModel(
        a.origin(),
        a.string("name"),
        a.integer("min"),
        a.integer("max"),
        a.string("cpu"),
        a.string("memory"),
        a.string("cpuLimit"),
        a.string("memoryLimit"),
        envs(a),
        a.string("host"),
        a.array("steps", Integer.class),
        a.string("pause"),
        a.enumConstant("manualGate"),
        a.bool("rollingUpdate"),
        a.enumConstant("alerts"));
  }

  private static WaiverModel waiver(AnnotationReader w) {
    return new WaiverModel(w.origin(), w.string("rule"), w.string("reason"));
  }

  private <T> Optional<T> optional(
      TypeElement type, String annotation, Function<AnnotationReader, T> read) {
    Optional<AnnotationReader> reader = reader(type, annotation);
    return reader.isPresent() ? Optional.of(read.apply(reader.get())) : Optional.empty();
  }

  private Optional<AnnotationReader> reader(TypeElement type, String annotation) {
    Optional<AnnotationMirror> mirror = mirror(type, annotation);
    return mirror.isPresent()
        ? Optional.of(AnnotationReader.of(type, mirror.get()))
        : Optional.empty();
  }

  /** The annotation as written, or, when the class does not carry it, its defaults. */
  private AnnotationReader readerOrDefaults(
      TypeElement type, String annotation, AnnotationReader service) {
    Optional<AnnotationReader> reader = reader(type, annotation);
    return reader.isPresent() ? reader.get() : defaults(type, annotation, service);
  }

  private static List<EnvModel> envs(AnnotationReader a) {
    List<EnvModel> env = new ArrayList<>();
    for (AnnotationReader variable : a.nestedArray("env")) {
      env.add(env(variable));
    }
    return List.copyOf(env);
  }

  /**
   * An annotation the class does not carry, read with all defaults from a synthetic mirror; its
   * values point at {@code @Service}.
   */
  private AnnotationReader defaults(TypeElement type, String annotation, AnnotationReader service) {
    TypeElement annotationType = elements.getTypeElement(annotation);
    if (annotationType == null) {
      throw new UnreadableAnnotationException(annotation + " is not on the class path");
    }
    return new AnnotationReader(type, new DefaultMirror(annotationType), service.origin());
  }

  /** The mirror of {@code annotation} on {@code type}, if present. */
  public static Optional<AnnotationMirror> mirror(TypeElement type, String annotation) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The index of {@code annotation} among the annotations of {@code type}, in source order. */
  private static int position(TypeElement type, String annotation) {
    List<? extends AnnotationMirror> mirrors = type.getAnnotationMirrors();
    for (int i = 0; i < mirrors.size(); i++) {
      if (qualifiedName(mirrors.get(i)).equals(annotation)) {
        return i;
      }
    }
    return -1;
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
