package dev.slipway.processor.rules;

/**
 * Realistic sources the specs start from; each attribute on its own line so a diagnostic's line
 * names it.
 */
final class Sources {

  private Sources() {}

  static final String ORDERS =
      """
      package com.acme.orders;

      import dev.slipway.annotations.BlueGreen;
      import dev.slipway.annotations.Canary;
      import dev.slipway.annotations.Egress;
      import dev.slipway.annotations.Env;
      import dev.slipway.annotations.Environment;
      import dev.slipway.annotations.Expose;
      import dev.slipway.annotations.HealthCheck;
      import dev.slipway.annotations.Metrics;
      import dev.slipway.annotations.Resources;
      import dev.slipway.annotations.Scaling;
      import dev.slipway.annotations.Service;
      import dev.slipway.annotations.Slo;
      import dev.slipway.annotations.Waive;

      /** Takes orders and has them paid by the payments service. */
      @Service(
          name = "orders",
          image = "ghcr.io/acme/orders:1.4.2",
          port = 8080,
          team = "commerce",
          resources = @Resources(
              cpu = "250m",
              memory = "256Mi",
              cpuLimit = "1",
              memoryLimit = "512Mi"),
          env = {
              @Env(name = "LOG_LEVEL", value = "info"),
              @Env(name = "DATABASE_URL", secret = "orders-db", key = "url")
          },
          dependsOn = {"payments"},
          drain = "10s",
          gracePeriod = "30s")
      @Scaling(
          min = 3,
          max = 12,
          cpuUtilization = 70,
          memoryUtilization = 0)
      @HealthCheck(
          liveness = "/health/live",
          readiness = "/health/ready",
          startup = "/health/started",
          port = 0,
          period = "10s",
          timeout = "2s",
          failureThreshold = 3,
          initialDelay = "0s")
      @Canary(
          steps = {10, 25, 50},
          pause = "5m",
          maxErrorRate = 0.01,
          maxLatencyP99 = "500ms")
      @Expose(
          host = "orders.acme.example",
          path = "/",
          gateway = "infra/public",
          listener = "https")
      @Egress(
          cidr = "10.20.0.0/16",
          ports = 5432)
      public final class OrdersService {}
      """;

  static final String PAYMENTS =
      """
      package com.acme.payments;

      import dev.slipway.annotations.HealthCheck;
      import dev.slipway.annotations.Service;

      /** Authorises payments for orders. */
      @Service(
          image = "ghcr.io/acme/payments:2.0.1",
          team = "payments")
      @HealthCheck
      public final class PaymentsService {}
      """;

  /** A second service that takes the name "orders" too. */
  static final String LEGACY_ORDERS =
      """
      package com.acme.orders;

      import dev.slipway.annotations.HealthCheck;
      import dev.slipway.annotations.Service;

      @Service(
          name = "orders",
          image = "ghcr.io/acme/legacy-orders:0.9.0",
          team = "commerce")
      @HealthCheck
      public final class LegacyOrdersService {}
      """;

  /** A batch job that kept its @Scaling after @Service moved away. */
  static final String STRAY_SCALING =
      """
      package com.acme.orders;

      import dev.slipway.annotations.Scaling;

      @Scaling(min = 2, max = 4)
      public final class OrdersJob {}
      """;

  /** The whole @Expose of {@link #ORDERS}, to remove it. */
  static final String ORDERS_EXPOSE =
      """
      @Expose(
          host = "orders.acme.example",
          path = "/",
          gateway = "infra/public",
          listener = "https")
      """;

  /** The whole @Scaling of {@link #ORDERS}, to remove it. */
  static final String ORDERS_SCALING =
      """
      @Scaling(
          min = 3,
          max = 12,
          cpuUtilization = 70,
          memoryUtilization = 0)
      """;

  /** The @Expose of {@link #ORDERS}: through the platform's Gateway. */
  static final String ORDERS_GATEWAY = "gateway = \"infra/public\",\n    listener = \"https\")";

  /** {@link #ORDERS_GATEWAY} exposed through an Ingress instead, as before Gateway routes. */
  static final String ORDERS_INGRESS =
      "via = Expose.Via.INGRESS,\n    tlsSecret = \"orders-tls\",\n    ingressClass = \"nginx\")";

  /** The first lines of the @HealthCheck block of {@link #ORDERS}, to remove it whole. */
  static final String ORDERS_HEALTH_CHECK =
      """
      @HealthCheck(
          liveness = "/health/live",
          readiness = "/health/ready",
          startup = "/health/started",
          port = 0,
          period = "10s",
          timeout = "2s",
          failureThreshold = 3,
          initialDelay = "0s")
      """;

  /** An {@code application.properties} that agrees with {@code Spec.springOrders()}. */
  static final String SPRING_PROPERTIES =
      """
      server.port=8080
      management.endpoints.web.exposure.include=health,prometheus
      management.endpoint.health.probes.enabled=true
      management.metrics.distribution.slo.http.server.requests=300ms,500ms
      spring.lifecycle.timeout-per-shutdown-phase=20s
      """;

  /** A nightly CronJob that reconciles orders with payments. */
  static final String RECONCILIATION =
      """
      package com.acme.reconciliation;

      import dev.slipway.annotations.Job;
      import dev.slipway.annotations.Job.ConcurrencyPolicy;
      import dev.slipway.annotations.Resources;
      import dev.slipway.annotations.Service;

      @Service(
          name = "reconciliation",
          image = "ghcr.io/acme/reconciliation:1.0.3",
          team = "billing",
          resources = @Resources(
              cpu = "250m",
              memory = "256Mi",
              cpuLimit = "1",
              memoryLimit = "512Mi"),
          dependsOn = {"orders"})
      @Job(
          schedule = "30 2 * * *",
          timeZone = "Europe/Berlin",
          concurrencyPolicy = ConcurrencyPolicy.FORBID,
          idempotent = false,
          activeDeadline = "45m",
          startingDeadline = "15m",
          backoffLimit = 2,
          failedJobsHistoryLimit = 3)
      public final class NightlyReconciliation {}
      """;

  /** A worker that consumes order events, with its backlog. */
  static final String INVOICING =
      """
      package com.acme.invoicing;

      import dev.slipway.annotations.Backlog;
      import dev.slipway.annotations.HealthCheck;
      import dev.slipway.annotations.Service;
      import dev.slipway.annotations.Worker;

      @Service(
          image = "ghcr.io/acme/invoicing:1.2.0",
          port = 9090,
          team = "billing")
      @Worker
      @HealthCheck(
          liveness = "/health/live",
          readiness = "/health/ready")
      @Backlog(
          metric = "kafka_consumergroup_lag",
          labels = {"consumergroup=invoicing", "topic=orders"},
          threshold = 10000,
          duration = "10m")
      public final class InvoicingWorker {}
      """;
}
