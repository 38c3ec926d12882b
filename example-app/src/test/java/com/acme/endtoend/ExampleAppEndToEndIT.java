package com.acme.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.orders.OrdersService;
import com.acme.payments.PaymentsService;
import com.fasterxml.jackson.databind.JsonNode;
import dev.slipway.runtime.ServiceDescriptor;
import dev.slipway.testkit.PromQl;
import dev.slipway.testkit.Promtool;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example app as it would run: orders and payments as real processes on loopback, started
 * through the Slipway runtime from their generated descriptors, and the catalog, a Spring Boot app
 * configured by slipway-spring-boot from its own, all scraped by a real Prometheus that loads the
 * generated rule files. Proves that the generated probes hit real endpoints, that every generated
 * alert, recording rule and dashboard query evaluates against the metrics the services really
 * expose, that the canary's analysis passes healthy traffic and fails a slow phase, that a pod out
 * of readiness without a failed request moves neither the SLI nor the alerts, and that the
 * error-budget alert fires when errors are injected.
 */
class ExampleAppEndToEndIT {

  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final Duration ALERT_WAIT = Duration.ofSeconds(90);
  private static final String BURN_ALERT = "ErrorBudgetBurn";
  private static final String HTTP_METRIC = "http_server_requests_seconds";

  /**
   * The Spring Boot service, a module of its own (Spring on this class path would change orders and
   * payments).
   */
  private static final String CATALOG = "com.acme.catalog.CatalogApplication";

  /** The URI Spring Boot records every Actuator health request under, probes included. */
  private static final String SPRING_PROBE_URI = "/actuator/health/**";

  /** What the ServiceMonitor copies from Argo Rollouts' pod label, for the analysis to select. */
  private static final String POD_TEMPLATE_HASH = "6d9f7c8b5";

  /**
   * The analysis queries read four scrape intervals of {@code @Metrics(interval)}; this test
   * scrapes every second and has no minutes to spare, so it reads the last 15 seconds instead.
   */
  private static final String TEST_RATE_WINDOW = "15s";

  /** The catalog's canary pods: another hash, so that its analysis sees the catalog alone. */
  private static final String CATALOG_POD_TEMPLATE_HASH = "7c5d4b9f8";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<RunningProcess> processes = new ArrayList<>();
  private final List<Load> loads = new ArrayList<>();

  @TempDir Path dir;

  /** A service of the example app, its declared ports mapped to free loopback ports. */
  private record Service(
      String name, Class<?> mainClass, ServiceDescriptor descriptor, Map<Integer, Integer> ports) {

    static Service of(Class<?> mainClass) {
      ServiceDescriptor descriptor = ServiceDescriptor.of(mainClass);
      Map<Integer, Integer> ports = new HashMap<>();
      for (int declared :
          List.of(descriptor.port(), descriptor.healthPort(), descriptor.metricsPort())) {
        ports.computeIfAbsent(declared, d -> RunningProcess.freePort());
      }
      return new Service(descriptor.name(), mainClass, descriptor, Map.copyOf(ports));
    }

    /** The loopback port standing in for a container port of the manifests. */
    int local(int containerPort) {
      Integer port = ports.get(containerPort);
      if (port == null) {
        throw new AssertionError(
            name
                + "'s manifests use container port "
                + containerPort
                + ", which the service does not listen on (it declares "
                + new TreeSet<>(ports.keySet())
                + ")");
      }
      return port;
    }

    Map<String, String> environment(Map<String, String> extra) {
      Map<String, String> env = new HashMap<>(extra);
      env.put("BIND_ADDRESS", "127.0.0.1");
      env.put("PORT", Integer.toString(local(descriptor.port())));
      env.put("MANAGEMENT_PORT", Integer.toString(local(descriptor.healthPort())));
      env.put("METRICS_PORT", Integer.toString(local(descriptor.metricsPort())));
      env.put("FAULT_ADMIN", "true");
      return env;
    }
  }

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void generatedProbesAlertsAndDashboardsWorkAgainstTheRunningServices() throws Exception {
    List<Path> ruleFiles = GeneratedFiles.ruleFiles();
    List<Path> dashboards = GeneratedFiles.dashboards();
    Path prometheusBinary = Promtool.prometheusBinary();
    try {
      run(ruleFiles, dashboards, prometheusBinary);
    } catch (Throwable failure) {
      processes.forEach(p -> System.err.println(p.describe()));
      throw failure;
    } finally {
      loads.forEach(Load::close);
      processes.forEach(RunningProcess::close);
    }
  }

  private void run(List<Path> ruleFiles, List<Path> dashboards, Path prometheusBinary)
      throws Exception {
    Service payments = Service.of(PaymentsService.class);
    Service orders = Service.of(OrdersService.class);
    Service catalog = Service.of(Class.forName(CATALOG));
    RunningProcess paymentsProcess = start(payments, Map.of());
    RunningProcess ordersProcess =
        start(
            orders,
            Map.of(
                "PAYMENTS_URL",
                "http://127.0.0.1:" + payments.local(payments.descriptor().port())));
    RunningProcess catalogProcess = startSpringBoot(catalog);

    // The probes of the generated workloads answer 200 at their paths and ports: the Slipway
    // runtime's for orders and payments, Spring Boot Actuator's for the catalog.
    for (Service service : List.of(payments, orders, catalog)) {
      List<GeneratedFiles.Probe> probes = GeneratedFiles.probes(service.name());
      GeneratedFiles.Probe first =
          probes.stream()
              .filter(p -> p.kind().equals("startupProbe"))
              .findFirst()
              .orElse(probes.get(0));
      awaitStatus(service, first, 200, STARTUP);
      for (GeneratedFiles.Probe probe : probes) {
        assertEquals(
            200,
            get(service.local(probe.containerPort()), probe.path()).statusCode(),
            service.name() + " " + probe);
      }
      GeneratedFiles.Probe scrape = GeneratedFiles.scrapeEndpoint(service.name());
      HttpResponse<String> metrics = get(service.local(scrape.containerPort()), scrape.path());
      assertEquals(200, metrics.statusCode(), service.name() + " " + scrape);
      assertTrue(
          metrics.body().contains("jvm_memory_used_bytes"), service.name() + " serves JVM metrics");
    }
    // Each JVM runs with the settings its pod gives it, in the memory its limit allows.
    paymentsProcess.assertPickedUp(GeneratedFiles.jvm(payments.name()));
    ordersProcess.assertPickedUp(GeneratedFiles.jvm(orders.name()));
    catalogProcess.assertPickedUp(GeneratedFiles.jvm(catalog.name()));

    // Prometheus scrapes them as the ServiceMonitor would, with the labels Kubernetes gives.
    JsonNode firstDashboard = GeneratedFiles.readJson(dashboards.get(0));
    String namespace =
        GeneratedFiles.dashboardVariables(firstDashboard).getOrDefault("namespace", "default");
    List<PrometheusServer.Job> jobs = new ArrayList<>();
    for (Service service : List.of(payments, orders, catalog)) {
      GeneratedFiles.Probe scrape = GeneratedFiles.scrapeEndpoint(service.name());
      String hash = service == catalog ? CATALOG_POD_TEMPLATE_HASH : POD_TEMPLATE_HASH;
      jobs.add(
          new PrometheusServer.Job(
              service.name(),
              service.local(scrape.containerPort()),
              scrape.path(),
              Map.of(
                  "namespace",
                  namespace,
                  "service",
                  service.name(),
                  "container",
                  service.name(),
                  "pod",
                  service.name() + "-" + hash + "-x2x9z",
                  "rollouts_pod_template_hash",
                  hash)));
    }
    PrometheusServer prometheus = PrometheusServer.start(prometheusBinary, jobs, ruleFiles, dir);
    processes.add(prometheus.process());
    await("Prometheus ready", Duration.ofSeconds(60), prometheus::ready);

    try (Traffic traffic =
        Traffic.start(orders.local(orders.descriptor().port()), Duration.ofMinutes(5))) {
      await("all targets up", Duration.ofSeconds(30), () -> allTargetsUp(prometheus, jobs.size()));
      readinessFlipDoesNotPage(prometheus, catalog, ruleFiles);
      Load catalogLoad =
          Load.start(
              catalog.local(catalog.descriptor().port()),
              List.of("/products", "/products/1", "/products/2"),
              4,
              Duration.ofMinutes(5));
      loads.add(catalogLoad);
      List<String> records = recordNames(ruleFiles);
      await(
          "every recording rule has series",
          Duration.ofSeconds(60),
          () -> records.stream().allMatch(record -> hasSeries(prometheus, record)));
      assertTrue(
          activeAlerts(prometheus, BURN_ALERT).isEmpty(),
          "no error budget burns before errors are injected: "
              + activeAlerts(prometheus, BURN_ALERT));

      // The canary gate passes healthy traffic: no errors, nothing slower than its p99 bound.
      Map<String, GeneratedFiles.AnalysisMetric> analysis = GeneratedFiles.analysis(orders.name());
      for (GeneratedFiles.AnalysisMetric metric : analysis.values()) {
        await(
            "orders' " + metric.name() + " passing",
            Duration.ofSeconds(30),
            () -> analysisPasses(prometheus, metric, namespace));
      }

      // A payments pod out of readiness, probed as kubelet would, without one failed request:
      // the availability SLI stays 0 and nothing burns.
      GeneratedFiles.Probe paymentsReadiness =
          GeneratedFiles.probes(payments.name()).stream()
              .filter(p -> p.kind().equals("readinessProbe"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          200,
          put(payments.local(payments.descriptor().port()), "/admin/faults/ready/false")
              .statusCode());
      for (int probe = 0; probe < 15; probe++) {
        assertEquals(
            503,
            get(payments.local(paymentsReadiness.containerPort()), paymentsReadiness.path())
                .statusCode());
        Thread.sleep(1000);
      }
      String paymentsSli = "slo:sli_error:ratio_rate5m{service=\"payments\",slo=\"availability\"}";
      assertEquals(
          0.0, value(prometheus, paymentsSli), "payments' availability SLI while it is not ready");
      assertTrue(
          activeAlerts(prometheus, BURN_ALERT).isEmpty(), "a readiness flip burns no budget");
      assertEquals(
          200,
          put(payments.local(payments.descriptor().port()), "/admin/faults/ready/true")
              .statusCode());

      // A slow phase: every order takes 800ms, over the canary's 500ms bound. The gate fails.
      GeneratedFiles.AnalysisMetric slow = analysis.get("slow-requests");
      assertEquals(
          200,
          put(orders.local(orders.descriptor().port()), "/admin/faults/latency/800").statusCode());
      await(
          "orders' slow-requests gate failing",
          Duration.ofSeconds(45),
          () -> analysisFails(prometheus, slow, namespace));
      assertEquals(
          200,
          put(orders.local(orders.descriptor().port()), "/admin/faults/latency/0").statusCode());

      slowResponsesFailTheLatencyAnalysis(prometheus, catalog, namespace);

      // Half of the payments fail: payments answers 500, so orders answers 502; half of the
      // catalog's requests fail too.
      long injectedAt = System.nanoTime();
      HttpResponse<String> injected =
          put(payments.local(payments.descriptor().port()), "/admin/faults/error-rate/0.5");
      assertEquals(200, injected.statusCode(), injected.body());
      HttpResponse<String> catalogInjected =
          put(catalog.local(catalog.descriptor().port()), "/admin/faults/error-rate/0.5");
      assertEquals(200, catalogInjected.statusCode(), catalogInjected.body());
      await(
          BURN_ALERT + " pending or firing for orders, payments and catalog (paging)",
          ALERT_WAIT,
          () -> {
            TreeSet<String> burning = new TreeSet<>();
            activeAlerts(prometheus, BURN_ALERT)
                .forEach(alert -> burning.add(alert.path("labels").path("service").asText()));
            boolean catalogPages =
                activeAlerts(prometheus, BURN_ALERT).stream()
                    .anyMatch(
                        alert ->
                            alert.path("labels").path("service").asText().equals("catalog")
                                && alert.path("labels").path("severity").asText().equals("page"));
            return burning.containsAll(List.of("orders", "payments", "catalog")) && catalogPages;
          });
      Duration toAlert = Duration.ofNanos(System.nanoTime() - injectedAt);
      assertTrue(traffic.serverErrors() > 0, "the traffic saw the injected errors");
      assertTrue(catalogLoad.serverErrors() > 0, "the catalog's readers saw the injected errors");

      int rules = assertEveryRuleEvaluatesWithoutError(prometheus, ruleFiles);
      int queries = assertEveryDashboardQueryEvaluates(prometheus, dashboards);
      System.out.printf(
          "end to end: %d rules healthy and evaluated, %d dashboard queries evaluated,"
              + " %s active %s after injection, %d requests sent (%d answered 5xx)%n",
          rules, queries, BURN_ALERT, toAlert, traffic.sent(), traffic.serverErrors());
    }

    // SIGTERM: readiness fails at once, the process logs its drain and exits with 143 within
    // terminationGracePeriodSeconds.
    GeneratedFiles.Probe readiness =
        GeneratedFiles.probes(payments.name()).stream()
            .filter(p -> p.kind().equals("readinessProbe"))
            .findFirst()
            .orElseThrow();
    long gracePeriod = GeneratedFiles.terminationGracePeriodSeconds(payments.name());
    long begin = System.nanoTime();
    paymentsProcess.terminate();
    awaitStatus(payments, readiness, 503, Duration.ofSeconds(5));
    assertTrue(
        paymentsProcess.awaitExit(Duration.ofSeconds(gracePeriod)),
        "payments still running " + gracePeriod + " s after SIGTERM");
    Duration shutdown = Duration.ofNanos(System.nanoTime() - begin);
    assertTrue(
        shutdown.compareTo(payments.descriptor().drain()) >= 0,
        "payments kept serving for its drain period, stopped after " + shutdown);
    assertEquals(143, paymentsProcess.exitValue(), "128 + SIGTERM");
    for (String line : List.of("payments draining on SIGTERM", "payments stopped after")) {
      assertTrue(paymentsProcess.output().contains(line), "payments logged '" + line + "'");
    }
    System.out.printf(
        "end to end: payments exited with status %d %s after SIGTERM (drain %s, grace period %d s)%n",
        paymentsProcess.exitValue(), shutdown, payments.descriptor().drain(), gracePeriod);

    // The same for the Spring Boot catalog, whose drain and grace period the starter applies.
    processes.remove(paymentsProcess); // gone, as it should be
    loads.forEach(Load::close);
    GeneratedFiles.Probe catalogReadiness =
        GeneratedFiles.probes(catalog.name()).stream()
            .filter(p -> p.kind().equals("readinessProbe"))
            .findFirst()
            .orElseThrow();
    long catalogGrace = GeneratedFiles.terminationGracePeriodSeconds(catalog.name());
    long catalogBegin = System.nanoTime();
    catalogProcess.terminate();
    awaitStatus(catalog, catalogReadiness, 503, Duration.ofSeconds(5));
    assertTrue(
        catalogProcess.awaitExit(Duration.ofSeconds(catalogGrace)),
        "catalog still running " + catalogGrace + " s after SIGTERM");
    Duration catalogShutdown = Duration.ofNanos(System.nanoTime() - catalogBegin);
    assertTrue(
        catalogShutdown.compareTo(catalog.descriptor().drain()) >= 0,
        "catalog kept serving for its drain period, stopped after " + catalogShutdown);
    System.out.printf(
        "end to end: catalog (Spring Boot) exited %s after SIGTERM (drain %s, grace period %d s)%n",
        catalogShutdown, catalog.descriptor().drain(), catalogGrace);
  }

  /**
   * The catalog stops being ready (as when a dependency is down) while nothing else goes wrong and
   * nobody but the kubelet calls it: the readiness probe answers 503 over and over, and no error
   * budget may burn for that, since no user saw an error. This needs an SLI that leaves out the URI
   * Spring Boot records probes under ({@code /actuator/health/**}), as the generated one does;
   * should a selector ever stop doing so, the check says it is skipped and why.
   */
  private void readinessFlipDoesNotPage(
      PrometheusServer prometheus, Service catalog, List<Path> ruleFiles) throws Exception {
    Optional<String> selector = sliUriExclusion(ruleFiles, catalog.name());
    if (selector.isEmpty() || !Pattern.matches(selector.get(), SPRING_PROBE_URI)) {
      System.out.printf(
          "end to end: SKIPPED the readiness-flip check: the catalog's SLI selector %s does not leave out"
              + " %s, the URI Spring Boot records its probes under, so probe 503s would count as errors%n",
          selector.map(s -> "uri!~\"" + s + "\"").orElse("(none)"), SPRING_PROBE_URI);
      return;
    }
    int port = catalog.local(catalog.descriptor().port());
    assertEquals(200, put(port, "/admin/readiness/refusing").statusCode());
    GeneratedFiles.Probe readiness =
        GeneratedFiles.probes(catalog.name()).stream()
            .filter(p -> p.kind().equals("readinessProbe"))
            .findFirst()
            .orElseThrow();
    int refused = 0;
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      refused +=
          get(catalog.local(readiness.containerPort()), readiness.path()).statusCode() == 503
              ? 1
              : 0;
      Thread.sleep(250);
    }
    assertTrue(refused > 0, "the readiness probe answered 503 while the catalog refused traffic");
    List<JsonNode> burning =
        activeAlerts(prometheus, BURN_ALERT).stream()
            .filter(alert -> alert.path("labels").path("service").asText().equals(catalog.name()))
            .toList();
    assertTrue(
        burning.isEmpty(),
        "a readiness flip with no user-facing error burns no budget: " + burning);
    assertEquals(200, put(port, "/admin/readiness/accepting").statusCode());
    System.out.printf(
        "end to end: %d readiness probes answered 503, no %s for the catalog%n",
        refused, BURN_ALERT);
  }

  /**
   * Slow responses (above the canary's p99 bound) make the catalog's latency gate fail: its query,
   * as the AnalysisTemplate runs it against the canary's pods, exceeds the bound. Spring Boot
   * publishes the bucket at the bound only because the starter adds it.
   */
  private void slowResponsesFailTheLatencyAnalysis(
      PrometheusServer prometheus, Service catalog, String namespace) throws Exception {
    GeneratedFiles.AnalysisMetric slow =
        GeneratedFiles.analysis(catalog.name()).get("slow-requests");
    int port = catalog.local(catalog.descriptor().port());
    await(
        "the catalog's slow-requests gate passing",
        Duration.ofSeconds(30),
        () -> analysisPasses(prometheus, slow, namespace, CATALOG_POD_TEMPLATE_HASH));
    assertEquals(200, put(port, "/admin/faults/latency/750").statusCode());
    await(
        "the catalog's slow-requests gate failing",
        Duration.ofSeconds(45),
        () -> analysisFails(prometheus, slow, namespace, CATALOG_POD_TEMPLATE_HASH));
    assertEquals(200, put(port, "/admin/faults/latency/0").statusCode());
    System.out.printf(
        "end to end: 750 ms responses fail the catalog's slow-requests gate (bound %s)%n",
        slow.bound());
  }

  /** The regular expression of {@code uri!~"..."} in the service's SLI recording rules. */
  private static Optional<String> sliUriExclusion(List<Path> ruleFiles, String service) {
    Pattern exclusion = Pattern.compile("uri!~\"((?:[^\"\\\\]|\\\\.)*)\"");
    for (Path file : ruleFiles) {
      if (!file.getFileName().toString().equals(service + ".rules.yaml")) {
        continue;
      }
      for (JsonNode group : GeneratedFiles.readYaml(file).path("groups")) {
        for (JsonNode rule : group.path("rules")) {
          Matcher m = exclusion.matcher(rule.path("expr").asText());
          if (rule.path("record").asText().startsWith("slo:sli_error") && m.find()) {
            return Optional.of(m.group(1).replace("\\\\", "\\"));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Starts a Spring Boot service from its module's class path, its ports on loopback: Spring Boot
   * reads {@code SERVER_PORT} and {@code MANAGEMENT_SERVER_PORT} from the environment, over the
   * starter's defaults from the descriptor.
   */
  private RunningProcess startSpringBoot(Service service) throws IOException {
    Path module = Path.of("..", "example-catalog", "target");
    String classPath =
        module.resolve("classes").toAbsolutePath()
            + java.io.File.pathSeparator
            + java.nio.file.Files.readString(module.resolve("runtime-classpath.txt")).strip();
    Map<String, String> env = new HashMap<>();
    env.put("SERVER_ADDRESS", "127.0.0.1");
    env.put("SERVER_PORT", Integer.toString(service.local(service.descriptor().port())));
    if (service.descriptor().healthPort() != service.descriptor().port()) {
      env.put(
          "MANAGEMENT_SERVER_PORT",
          Integer.toString(service.local(service.descriptor().healthPort())));
    }
    env.put("FAULT_ADMIN", "true");
    GeneratedFiles.Jvm jvm = GeneratedFiles.jvm(service.name());
    RunningProcess process =
        RunningProcess.start(
            service.name(),
            RunningProcess.javaCommand(
                jvm, classPath, service.mainClass().getName(), "-XX:TieredStopAtLevel=1"),
            RunningProcess.withJvm(env, jvm),
            dir);
    processes.add(process);
    return process;
  }

  /** The metric's query as Argo would run it against this test's pods, and its value. */
  private static Double analysisValue(
      PrometheusServer prometheus, GeneratedFiles.AnalysisMetric metric, String namespace) {
    return analysisValue(prometheus, metric, namespace, POD_TEMPLATE_HASH);
  }

  private static Double analysisValue(
      PrometheusServer prometheus,
      GeneratedFiles.AnalysisMetric metric,
      String namespace,
      String podTemplateHash) {
    String query =
        metric
            .query()
            .replace("{{args.namespace}}", namespace)
            .replace("{{args.pod-template-hash}}", podTemplateHash)
            .replaceAll("\\[\\d+m\\]", "[" + TEST_RATE_WINDOW + "]");
    JsonNode result = query(prometheus, query).path("data").path("result");
    return result.isEmpty() ? null : Double.valueOf(result.get(0).path("value").get(1).asText());
  }

  private static boolean analysisPasses(
      PrometheusServer prometheus, GeneratedFiles.AnalysisMetric metric, String namespace) {
    return analysisPasses(prometheus, metric, namespace, POD_TEMPLATE_HASH);
  }

  private static boolean analysisPasses(
      PrometheusServer prometheus,
      GeneratedFiles.AnalysisMetric metric,
      String namespace,
      String hash) {
    Double value = analysisValue(prometheus, metric, namespace, hash);
    return value != null && !value.isNaN() && value <= metric.bound();
  }

  private static boolean analysisFails(
      PrometheusServer prometheus, GeneratedFiles.AnalysisMetric metric, String namespace) {
    return analysisFails(prometheus, metric, namespace, POD_TEMPLATE_HASH);
  }

  private static boolean analysisFails(
      PrometheusServer prometheus,
      GeneratedFiles.AnalysisMetric metric,
      String namespace,
      String hash) {
    Double value = analysisValue(prometheus, metric, namespace, hash);
    return value != null && !value.isNaN() && value > metric.bound();
  }

  private static double value(PrometheusServer prometheus, String expr) {
    JsonNode result = query(prometheus, expr).path("data").path("result");
    assertEquals(1, result.size(), "one series for " + expr + ": " + result);
    return Double.parseDouble(result.get(0).path("value").get(1).asText());
  }

  private RunningProcess start(Service service, Map<String, String> extra) {
    RunningProcess process =
        RunningProcess.java(
            service.name(),
            service.mainClass(),
            GeneratedFiles.jvm(service.name()),
            service.environment(extra),
            dir);
    processes.add(process);
    return process;
  }

  /** Checks every generated rule; returns how many there are. */
  private int assertEveryRuleEvaluatesWithoutError(
      PrometheusServer prometheus, List<Path> ruleFiles) throws IOException {
    List<String> problems = new ArrayList<>();
    int rules = 0;
    for (JsonNode group : prometheus.ruleGroups()) {
      for (JsonNode rule : group.path("rules")) {
        rules++;
        if (!rule.path("health").asText().equals("ok")) {
          problems.add(
              rule.path("name").asText()
                  + ": "
                  + rule.path("health").asText()
                  + " "
                  + rule.path("lastError").asText());
        }
      }
    }
    Map<String, String> expressions = ruleExpressions(ruleFiles);
    assertEquals(expressions.size(), rules, "Prometheus loaded every generated rule");
    expressions.forEach(
        (name, expr) -> {
          JsonNode answer = query(prometheus, expr);
          if (!answer.path("status").asText().equals("success")) {
            problems.add(name + ": " + answer.path("error").asText() + "\n  " + expr);
          }
        });
    assertTrue(problems.isEmpty(), "rules that do not evaluate:\n" + String.join("\n", problems));
    return rules;
  }

  /** Checks every panel query of every dashboard; returns how many there are. */
  private int assertEveryDashboardQueryEvaluates(
      PrometheusServer prometheus, List<Path> dashboards) {
    List<String> problems = new ArrayList<>();
    int queries = 0;
    int httpQueries = 0;
    for (Path file : dashboards) {
      JsonNode dashboard = GeneratedFiles.readJson(file);
      Map<String, String> variables = new LinkedHashMap<>(PromQl.GRAFANA_BUILT_INS);
      variables.putAll(GeneratedFiles.dashboardVariables(dashboard));
      for (String raw : GeneratedFiles.dashboardQueries(dashboard)) {
        queries++;
        String expr = PromQl.substituteGrafanaVariables(raw, variables);
        JsonNode answer = query(prometheus, expr);
        if (!answer.path("status").asText().equals("success")) {
          problems.add(file.getFileName() + ": " + answer.path("error").asText() + "\n  " + expr);
        } else if (raw.contains(HTTP_METRIC)) {
          httpQueries++;
          if (answer.path("data").path("result").isEmpty()) {
            problems.add(
                file.getFileName()
                    + ": no series for a traffic, error or latency query\n  "
                    + expr);
          }
        }
      }
    }
    assertTrue(
        problems.isEmpty(),
        "dashboard queries that fail or see nothing:\n" + String.join("\n", problems));
    assertTrue(httpQueries > 0, "the dashboards query " + HTTP_METRIC);
    return queries;
  }

  private static List<JsonNode> activeAlerts(PrometheusServer prometheus, String name)
      throws IOException {
    List<JsonNode> active = new ArrayList<>();
    for (JsonNode alert : prometheus.alerts()) {
      String state = alert.path("state").asText();
      if (alert.path("labels").path("alertname").asText().equals(name)
          && (state.equals("pending") || state.equals("firing"))) {
        active.add(alert);
      }
    }
    return active;
  }

  private static boolean allTargetsUp(PrometheusServer prometheus, int expected)
      throws IOException {
    JsonNode targets = prometheus.targets();
    int up = 0;
    for (JsonNode target : targets) {
      up += target.path("health").asText().equals("up") ? 1 : 0;
    }
    return targets.size() == expected && up == expected;
  }

  private static boolean hasSeries(PrometheusServer prometheus, String expr) {
    return !query(prometheus, expr).path("data").path("result").isEmpty();
  }

  private static JsonNode query(PrometheusServer prometheus, String expr) {
    try {
      return prometheus.query(expr);
    } catch (IOException e) {
      throw new AssertionError("Prometheus did not answer the query " + expr, e);
    }
  }

  /** Every rule of the files by a unique name: its record or alert name and its position. */
  private static Map<String, String> ruleExpressions(List<Path> ruleFiles) {
    Map<String, String> expressions = new LinkedHashMap<>();
    for (Path file : ruleFiles) {
      int index = 0;
      for (JsonNode group : GeneratedFiles.readYaml(file).path("groups")) {
        for (JsonNode rule : group.path("rules")) {
          String name =
              rule.has("record") ? rule.path("record").asText() : rule.path("alert").asText();
          expressions.put(
              file.getFileName() + "#" + index++ + " " + name, rule.path("expr").asText());
        }
      }
    }
    return expressions;
  }

  private static List<String> recordNames(List<Path> ruleFiles) {
    TreeSet<String> records = new TreeSet<>();
    for (Path file : ruleFiles) {
      for (JsonNode group : GeneratedFiles.readYaml(file).path("groups")) {
        for (JsonNode rule : group.path("rules")) {
          if (rule.has("record")) {
            records.add(rule.path("record").asText());
          }
        }
      }
    }
    return List.copyOf(records);
  }

  private void awaitStatus(
      Service service, GeneratedFiles.Probe probe, int status, Duration timeout) throws Exception {
    int port = service.local(probe.containerPort());
    await(
        service.name() + " " + probe.path() + " answering " + status,
        timeout,
        () -> {
          try {
            return get(port, probe.path()).statusCode() == status;
          } catch (IOException e) {
            return false;
          }
        });
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> put(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .PUT(HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @FunctionalInterface
  private interface Condition {
    boolean holds() throws Exception;
  }

  /** Polls {@code condition} every 250 ms until it holds, failing after {@code timeout}. */
  private void await(String what, Duration timeout, Condition condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.holds()) {
      processes.forEach(RunningProcess::assertAlive);
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      Thread.sleep(250);
    }
  }
}
