package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Service} a worker: a long-running process that serves no user traffic, such as a
 * queue consumer. It gets a Deployment with the same secure pod, resources, env, scaling, PDB and
 * environments as a service, but no {@code Service} object, no HTTP SLO and no HTTP alerts or
 * panels. Its probes and metrics are served on its management port, {@link HealthCheck#port()} (or
 * {@link Service#port()} when that is 0), which is the only port its NetworkPolicy opens, and
 * Prometheus finds its pods through a {@code PodMonitor}.
 *
 * <pre>{@code
 * @Service(name = "invoicing", image = "ghcr.io/acme/invoicing:2.0.1", port = 9090, team = "billing")
 * @Worker
 * @HealthCheck(liveness = "/health/live", readiness = "/health/ready")
 * @Backlog(metric = "kafka_consumergroup_lag", labels = "consumergroup=invoicing", threshold = 10000)
 * public final class InvoicingWorker { ... }
 * }</pre>
 *
 * <p>A worker cannot have {@link Expose}, {@link Canary} or {@link BlueGreen} (they steer HTTP
 * traffic it does not take) nor an {@link Slo} (it answers no HTTP requests).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Worker {}
