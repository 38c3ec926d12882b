package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a deployable service. Slipway's annotation processor validates it at compile
 * time and writes its Kubernetes manifests, alert rules, dashboard and runbook to {@code
 * META-INF/slipway/<name>/} in the class output.
 *
 * <p>Place it on the service's entry class (usually the one with {@code main}). {@link Scaling},
 * {@link HealthCheck}, {@link Canary}, {@link BlueGreen}, {@link Expose}, {@link Slo}, {@link
 * Metrics} and {@link Waive} on the same class add to it.
 *
 * <pre>{@code
 * @Service(name = "orders", image = "ghcr.io/acme/orders:1.4.2", port = 8080, team = "commerce",
 *          resources = @Resources(cpu = "250m", memory = "256Mi", cpuLimit = "1", memoryLimit = "512Mi"),
 *          env = @Env(name = "DATABASE_URL", secret = "orders-db", key = "url"),
 *          dependsOn = "payments")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Service {

  /**
   * The service name: a DNS-1035 label (lowercase letters, digits and '-', starting with a letter,
   * at most 63 characters) used for every Kubernetes object and label. Default: derived from the
   * class name, {@code OrdersService} becomes {@code "orders"}, {@code PaymentGateway} becomes
   * {@code "payment-gateway"}, {@code InvoicingWorker} becomes {@code "invoicing"} (the suffixes
   * Service, Application, App, Main, Server, Worker and Job are dropped).
   */
  String name() default "";

  /**
   * The container image: {@code registry/repository:tag} or {@code repository@sha256:<digest>}, for
   * example {@code "ghcr.io/acme/orders:1.4.2"}. Default: built from the processor options, {@code
   * <slipway.registry>/<name>:<slipway.tag>}; a build without image and without those options
   * fails. A tag set with {@code -Aslipway.tag} replaces the tag written here, so a pom can pass
   * {@code ${project.version}}.
   */
  String image() default "";

  /**
   * The HTTP port the service listens on, 1..65535. For a {@link Worker}, which takes no traffic,
   * the management port its probes and metrics are served on (unless {@link HealthCheck#port()}
   * names another); a {@link Job} has no port. Default: {@code 8080}.
   */
  int port() default 8080;

  /**
   * The owning team: a label value (at most 63 characters of letters, digits, '-', '_', '.'). Used
   * for the {@code team} label on every object, alert routing and the dashboard folder. Required:
   * there is no sane default for who gets paged.
   */
  String team() default "";

  /**
   * CPU and memory requests and limits of the container. Default: 250m CPU and 256Mi memory
   * requested, limits of 1 CPU and 512Mi.
   */
  Resources resources() default @Resources;

  /**
   * Environment variables of the container, literal or from a Secret or ConfigMap. Default: none.
   */
  Env[] env() default {};

  /**
   * Names of the services this one calls, for example {@code {"payments"}}. Each gets an egress
   * rule in the NetworkPolicy and a line in the runbook. Default: none.
   */
  String[] dependsOn() default {};

  /**
   * How long the service keeps serving after it starts failing readiness on SIGTERM, so that
   * endpoints and load balancers stop sending it traffic before it stops. A duration such as {@code
   * "10s"}. Default: {@code "10s"}.
   */
  String drain() default "10s";

  /**
   * The pod's {@code terminationGracePeriodSeconds}: the whole time Kubernetes waits after SIGTERM
   * before it kills the process; must be longer than {@link #drain()}. Default: {@code "30s"}.
   */
  String gracePeriod() default "30s";
}
