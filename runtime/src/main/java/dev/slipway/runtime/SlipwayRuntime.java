package dev.slipway.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a plain Java service the way its generated manifests and alerts expect, from its {@link
 * ServiceDescriptor}: the service's routes on its port, timed as {@code
 * http_server_requests_seconds}; liveness, readiness and startup at the exact {@code @HealthCheck}
 * paths and port; the Prometheus scrape endpoint at the {@code @Metrics} path and port, with JVM
 * and process metrics; and a graceful shutdown on SIGTERM.
 *
 * <pre>{@code
 * SlipwayRuntime runtime = SlipwayRuntime.forService(OrdersService.class);
 * runtime.route("GET", "/orders/{id}", exchange -> ...);
 * runtime.readinessCheck("database", () -> dataSource.getConnection().isValid(1));
 * runtime.start();
 * }</pre>
 *
 * <p>Ports come from the descriptor. For local runs and tests the environment may move them: {@code
 * PORT} (the service port), {@code MANAGEMENT_PORT} (the health port, when it is not the service
 * port), {@code METRICS_PORT} (the metrics port, when it is neither), each {@code 0} for any free
 * port; {@code BIND_ADDRESS} (default all interfaces).
 *
 * <p>Shutdown, on SIGTERM, the JVM's exit or {@link #shutdown()}: readiness answers 503 at once;
 * the service keeps serving for the descriptor's drain period while endpoints and load balancers
 * stop routing to it; then it waits for in-flight requests, at most until one second before the
 * grace period ends, and stops its servers, logging each step. On SIGTERM all of that happens
 * before the JVM begins to exit, so the log and the application's shutdown hooks are still there.
 */
public final class SlipwayRuntime {

  /** The text exposition format every Prometheus version reads. */
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  /** Left of the grace period for the JVM to exit before Kubernetes sends SIGKILL. */
  static final Duration EXIT_RESERVE = Duration.ofSeconds(1);

  private static final System.Logger LOG = System.getLogger(SlipwayRuntime.class.getName());
  private static final int SERVICE_THREADS = 64;
  private static final int MANAGEMENT_THREADS = 4;

  /**
   * Connections the kernel holds until the server accepts them (capped at net.core.somaxconn). The
   * JDK's default, 50, drops the SYNs of a larger burst, and those clients retry a second later.
   */
  private static final int ACCEPT_BACKLOG = 1024;

  static {
    // before this class can create a server: the JDK reads them when the first one is created
    JdkServerSettings.request();
  }

  /** One bound server per distinct declared port. */
  private record Endpoint(
      int declaredPort, int requestedPort, Router router, boolean serviceTraffic) {}

  private final ServiceDescriptor descriptor;
  private final InetAddress bindAddress;
  private final Map<Integer, Endpoint> endpoints = new LinkedHashMap<>();
  private final Map<Integer, HttpServer> servers = new LinkedHashMap<>();
  private final List<ExecutorService> executors = new ArrayList<>();
  private final Health health = new Health();
  private final InFlightRequests inFlight = new InFlightRequests();
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread shutdownHook = new Thread(() -> shutdown("JVM exit"), "slipway-shutdown");
  private final AtomicBoolean shutdownBegun = new AtomicBoolean();
  private JvmGcMetrics gcMetrics;
  private boolean starting;
  private volatile boolean started;

  private SlipwayRuntime(ServiceDescriptor descriptor, Map<String, String> environment) {
    this.descriptor = descriptor;
    try {
      this.bindAddress = InetAddress.getByName(environment.getOrDefault("BIND_ADDRESS", "0.0.0.0"));
    } catch (IOException e) {
      throw new IllegalArgumentException("BIND_ADDRESS is not an address: " + e.getMessage(), e);
    }
    endpoint(descriptor.port(), environment, "PORT", true);
    endpoint(descriptor.healthPort(), environment, "MANAGEMENT_PORT", false);
    endpoint(descriptor.metricsPort(), environment, "METRICS_PORT", false);

    Router probes = endpoints.get(descriptor.healthPort()).router();
    probes.add("GET", descriptor.livenessPath(), answer(health::liveness), false);
    probes.add("GET", descriptor.readinessPath(), answer(health::readiness), false);
    if (!descriptor.startupPath().isEmpty()) {
      probes.add("GET", descriptor.startupPath(), answer(health::startup), false);
    }
    endpoints
        .get(descriptor.metricsPort())
        .router()
        .add("GET", descriptor.metricsPath(), this::scrape, false);
  }

  /** The runtime of {@code serviceClass}, from its generated descriptor and the environment. */
  public static SlipwayRuntime forService(Class<?> serviceClass) {
    return of(ServiceDescriptor.of(serviceClass), System.getenv());
  }

  /**
   * The runtime of {@code descriptor}, with ports and bind address overridable by {@code
   * environment}.
   */
  public static SlipwayRuntime of(ServiceDescriptor descriptor, Map<String, String> environment) {
    return new SlipwayRuntime(descriptor, environment);
  }

  /** The value of the {@code {name}} segment of the request's route template. */
  public static String pathVariable(HttpExchange exchange, String name) {
    String value = exchange instanceof RoutedExchange routed ? routed.variables().get(name) : null;
    if (value == null) {
      throw new IllegalArgumentException("the route has no path variable {" + name + "}");
    }
    return value;
  }

  public ServiceDescriptor descriptor() {
    return descriptor;
  }

  /** The registry behind the scrape endpoint, for the service's own meters. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /**
   * Serves {@code method} requests matching {@code template} (such as {@code /orders/{id}}) on the
   * service port, timed with the template as the {@code uri} label.
   */
  public synchronized SlipwayRuntime route(String method, String template, HttpHandler handler) {
    if (starting) {
      throw new IllegalStateException("routes are added before start()");
    }
    endpoints.get(descriptor.port()).router().add(method, template, handler, true);
    return this;
  }

  /** Adds a readiness check; readiness is UP only while every check passes. */
  public SlipwayRuntime readinessCheck(String name, HealthIndicator check) {
    health.register(name, check);
    return this;
  }

  /**
   * Binds every port, registers the JVM and process metrics and the SIGTERM hook, and reports the
   * service started.
   */
  public synchronized void start() throws IOException {
    if (starting || shutdownBegun.get()) {
      throw new IllegalStateException("already started, or shut down");
    }
    starting = true;
    JdkServerSettings.verifyNoDelay();
    try {
      for (Endpoint endpoint : endpoints.values()) {
        HttpServer server =
            HttpServer.create(
                new InetSocketAddress(bindAddress, endpoint.requestedPort()), ACCEPT_BACKLOG);
        server.createContext("/", endpoint.router()).getFilters().add(inFlight);
        ExecutorService executor =
            Executors.newFixedThreadPool(
                endpoint.serviceTraffic() ? SERVICE_THREADS : MANAGEMENT_THREADS,
                daemonThreads(
                    "slipway-" + descriptor.name() + "-" + endpoint.declaredPort() + "-"));
        executors.add(executor);
        server.setExecutor(executor);
        server.start();
        servers.put(endpoint.declaredPort(), server);
      }
    } catch (IOException | RuntimeException e) {
      // a port in use: release the ports already bound, or their threads keep the JVM alive
      servers.values().forEach(server -> server.stop(0));
      servers.clear();
      executors.forEach(ExecutorService::shutdownNow);
      throw e;
    }
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    SigtermDrain.add(this);
    health.started();
    started = true;
    LOG.log(Level.INFO, () -> descriptor.name() + " started; listening on " + describePorts());
  }

  /** The port actually bound for {@code declaredPort} (a port of the descriptor). */
  public synchronized int localPort(int declaredPort) {
    HttpServer server = servers.get(declaredPort);
    if (server == null) {
      throw new IllegalArgumentException(
          declaredPort + " is not a bound port of " + descriptor.name());
    }
    return server.getAddress().getPort();
  }

  /**
   * The graceful shutdown, which SIGTERM and the JVM's exit also run. Blocks until the servers are
   * stopped; a second call waits for the first.
   */
  public void shutdown() {
    shutdown("shutdown()");
  }

  /** The shutdown, with what asked for it ({@code SIGTERM}, {@code JVM exit}) for the log. */
  void shutdown(String cause) {
    if (!shutdownBegun.compareAndSet(false, true)) {
      awaitStopped();
      return;
    }
    if (started) {
      drainAndStop(cause);
    }
    SigtermDrain.remove(this);
    stopped.countDown();
  }

  private void drainAndStop(String cause) {
    long begin = System.nanoTime();
    health.draining();
    LOG.log(
        Level.INFO,
        () ->
            descriptor.name()
                + " draining on "
                + cause
                + ": readiness answers 503, serving for "
                + descriptor.drain()
                + "; "
                + requests(inFlight.count())
                + " in flight");
    try {
      Thread.sleep(descriptor.drain().toMillis());
      int left = inFlight.count();
      if (left > 0) {
        LOG.log(
            Level.INFO,
            () ->
                descriptor.name()
                    + " drain period over: waiting for "
                    + requests(left)
                    + " in flight, at most until one second before the grace period ends");
        if (!inFlight.awaitIdle(
            descriptor.gracePeriod().minus(descriptor.drain()).minus(EXIT_RESERVE))) {
          LOG.log(
              Level.WARNING,
              descriptor.name()
                  + ": "
                  + requests(inFlight.count())
                  + " still in flight one second before the grace period ends; stopping cuts them");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    servers.values().forEach(server -> server.stop(0));
    executors.forEach(ExecutorService::shutdownNow);
    gcMetrics.close();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // called from the hook itself, during JVM shutdown
    }
    LOG.log(
        Level.INFO,
        () ->
            descriptor.name()
                + " stopped after "
                + Duration.ofNanos(System.nanoTime() - begin).toMillis()
                + " ms");
  }

  private static String requests(int count) {
    return count == 1 ? "1 request" : count + " requests";
  }

  private void awaitStopped() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void endpoint(
      int declaredPort, Map<String, String> environment, String variable, boolean serviceTraffic) {
    if (endpoints.containsKey(declaredPort)) {
      return;
    }
    String override = environment.get(variable);
    int requested =
        override == null || override.isBlank() ? declaredPort : Integer.parseInt(override.trim());
    Optional<HttpServerMetrics> metrics =
        serviceTraffic
            ? Optional.of(new HttpServerMetrics(registry, descriptor.latencyBuckets()))
            : Optional.empty();
    endpoints.put(
        declaredPort, new Endpoint(declaredPort, requested, new Router(metrics), serviceTraffic));
  }

  private void scrape(HttpExchange exchange) throws IOException {
    byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", PROMETHEUS_TEXT);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static HttpHandler answer(Supplier<Health.Answer> probe) {
    return exchange -> {
      Health.Answer answer = probe.get();
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      Router.respond(exchange, answer.status(), answer.json());
    };
  }

  private String describePorts() {
    StringBuilder sb = new StringBuilder();
    servers.forEach(
        (declared, server) ->
            sb.append(sb.isEmpty() ? "" : ", ")
                .append(declared)
                .append(" -> ")
                .append(server.getAddress()));
    return sb.toString();
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
