import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime under load, as a user would run it: the example app's payments service built at a
 * baseline revision ("before") and from the working tree ("after"), both started, and every case
 * run with wrk against one and then the other (the order alternating per case), so that load from
 * other processes falls on both alike. Prints a Markdown report with after ÷ before ratios, checks
 * each service's {@code http_server_requests_seconds_count} against the requests wrk completed,
 * and records the services' resident memory. Started by {@code bench/load.sh}, which builds both.
 */
public final class LoadBench {

  private static final String MAIN_CLASS = "com.acme.payments.PaymentsService";
  private static final String ROUTE = "/payments?order=42&amount=1999";
  private static final String ROUTE_TEMPLATE = "/payments";

  /** A build of the service. */
  record Variant(String name, String revision, String classPath) {}

  /** One wrk run: what it requests, how hard. */
  record Case(String id, String what, String method, String path, int connections, int threads) {

    boolean route() {
      return path.equals(ROUTE);
    }

    String wrk() {
      return "-t" + threads + " -c" + connections;
    }
  }

  /**
   * What wrk measured (its Lua {@code done} hook prints it), latencies in microseconds, and the
   * connections the kernel refused to queue meanwhile (TcpExt ListenOverflows, machine-wide).
   */
  record Result(long requests, long durationMicros, long p50Micros, long p99Micros, long maxMicros,
      long connectErrors, long readErrors, long writeErrors, long timeouts, long non2xx, long listenOverflows) {

    double perSecond() {
      return requests * 1e6 / durationMicros;
    }

    long errors() {
      return connectErrors + readErrors + writeErrors + timeouts + non2xx;
    }
  }

  /** A running service. */
  record Service(Variant variant, Process process, int port, Path log) {}

  record Settings(Path java, Path wrk, Path lua, Duration duration, Duration warmup, Path results, List<Variant> variants) {}

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public static void main(String[] args) throws Exception {
    Settings settings = parse(args);
    String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    String loadBefore = loadAverage();
    Path work = Files.createTempDirectory("slipway-load");
    List<Service> services = new ArrayList<>();
    try {
      for (Variant variant : settings.variants()) {
        services.add(start(settings, variant, work));
      }
      for (Service service : services) {
        awaitReady(service);
      }
      Thread.sleep(2_000); // idle: the start's garbage and JIT settle
      Map<Service, Map<String, Long>> idle = new LinkedHashMap<>();
      for (Service service : services) {
        idle.put(service, memory(service));
      }

      Map<Service, Long> routeRequests = new LinkedHashMap<>();
      Map<Service, Long> routeConnections = new LinkedHashMap<>();
      services.forEach(s -> {
        routeRequests.put(s, 0L);
        routeConnections.put(s, 0L);
      });
      Case warmup = new Case("warm-up", "business route", "POST", ROUTE, 50, 2);
      for (Service service : services) {
        count(routeRequests, routeConnections, service, warmup, wrk(settings, service, warmup, settings.warmup()));
      }

      List<Case> cases = List.of(
          new Case("route-50", "business route `POST /payments`", "POST", ROUTE, 50, 2),
          new Case("route-200", "business route `POST /payments`", "POST", ROUTE, 200, 2),
          new Case("readiness-50", "readiness probe `GET /health/ready`", "GET", "/health/ready", 50, 2),
          new Case("scrape-2", "scrape `GET /metrics`", "GET", "/metrics", 2, 1));
      Map<Case, Map<Service, Result>> results = new LinkedHashMap<>();
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        results.put(c, new LinkedHashMap<>());
        for (Service service : i % 2 == 0 ? services : List.of(services.get(1), services.get(0))) {
          Result result = wrk(settings, service, c, settings.duration());
          results.get(c).put(service, result);
          count(routeRequests, routeConnections, service, c, result);
        }
      }

      // a scrape while the business route is loaded, as Prometheus scrapes a busy pod
      Case background = new Case("route-50 + scrape", "business route during the scrapes", "POST", ROUTE, 50, 2);
      Case scrape = new Case("scrape-1 under load", "scrape `GET /metrics` while route-50 runs", "GET", "/metrics", 1, 1);
      results.put(scrape, new LinkedHashMap<>());
      results.put(background, new LinkedHashMap<>());
      for (Service service : services) {
        long overflows = listenOverflows();
        Process routeLoad = wrkProcess(settings, service, background, settings.duration());
        Result scrapes = wrk(settings, service, scrape, settings.duration());
        Result route = withOverflows(wrkResult(routeLoad, background), listenOverflows() - overflows);
        results.get(scrape).put(service, scrapes);
        results.get(background).put(service, route);
        count(routeRequests, routeConnections, service, background, route);
      }

      Map<Service, Map<String, Long>> loaded = new LinkedHashMap<>();
      Map<Service, Map<String, Double>> counted = new LinkedHashMap<>();
      for (Service service : services) {
        loaded.put(service, memory(service));
        counted.put(service, requestCounts(get(service, "/metrics").body()));
      }

      String report = report(settings, started, loadBefore, loadAverage(), services, cases, scrape, background,
          results, idle, loaded, counted, routeRequests, routeConnections);
      System.out.print(report);
      Files.createDirectories(settings.results());
      Path file = settings.results().resolve("load-" + ZonedDateTime.now(ZoneOffset.UTC)
          .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'")) + ".md");
      Files.writeString(file, report);
      System.err.println("report written to " + file);
      if (report.contains("**FAILED**")) {
        System.exit(1);
      }
    } catch (Exception | AssertionError e) {
      services.forEach(s -> System.err.println("----- " + s.variant().name() + " log -----\n" + read(s.log())));
      throw e;
    } finally {
      services.forEach(s -> s.process().destroyForcibly());
    }
  }

  private static void count(Map<Service, Long> requests, Map<Service, Long> connections, Service service,
      Case c, Result result) {
    if (c.route()) {
      requests.merge(service, result.requests(), Long::sum);
      connections.merge(service, (long) c.connections() + result.timeouts(), Long::sum);
    }
  }

  private static Service start(Settings settings, Variant variant, Path work) throws IOException {
    int port = freePort();
    Path log = work.resolve(variant.name() + ".log");
    ProcessBuilder builder = new ProcessBuilder(settings.java().toString(), "-cp", variant.classPath(), MAIN_CLASS)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("BIND_ADDRESS", "127.0.0.1");
    System.err.println("starting " + variant.name() + " (" + variant.revision() + ") on port " + port);
    return new Service(variant, builder.start(), port, log);
  }

  private static void awaitReady(Service service) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!service.process().isAlive()) {
        throw new AssertionError(service.variant().name() + " exited with " + service.process().exitValue());
      }
      try {
        if (get(service, "/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError(service.variant().name() + " not ready after 60 s");
  }

  private static Result wrk(Settings settings, Service service, Case c, Duration duration) throws Exception {
    long overflows = listenOverflows();
    Result result = wrkResult(wrkProcess(settings, service, c, duration), c);
    return withOverflows(result, listenOverflows() - overflows);
  }

  private static Result withOverflows(Result r, long overflows) {
    return new Result(r.requests(), r.durationMicros(), r.p50Micros(), r.p99Micros(), r.maxMicros(),
        r.connectErrors(), r.readErrors(), r.writeErrors(), r.timeouts(), r.non2xx(), overflows);
  }

  /** The kernel's count of connections dropped because a listen queue was full. */
  private static long listenOverflows() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("/proc/net/netstat"));
    for (int i = 0; i + 1 < lines.size(); i += 2) {
      if (lines.get(i).startsWith("TcpExt:")) {
        List<String> names = List.of(lines.get(i).split(" "));
        return Long.parseLong(lines.get(i + 1).split(" ")[names.indexOf("ListenOverflows")]);
      }
    }
    return 0;
  }

  private static Process wrkProcess(Settings settings, Service service, Case c, Duration duration) throws IOException {
    System.err.printf("%-8s %-22s wrk %s -d%ds%n", service.variant().name(), c.id(), c.wrk(), duration.toSeconds());
    ProcessBuilder builder = new ProcessBuilder(settings.wrk().toString(), "-t" + c.threads(), "-c" + c.connections(),
        "-d" + duration.toSeconds() + "s", "-s", settings.lua().toString(),
        "http://127.0.0.1:" + service.port() + c.path())
        .redirectErrorStream(true);
    builder.environment().put("WRK_METHOD", c.method());
    return builder.start();
  }

  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\\d+)");

  private static Result wrkResult(Process wrk, Case c) throws Exception {
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new AssertionError("wrk failed for " + c.id() + ":\n" + output);
    }
    String line = output.lines().filter(l -> l.startsWith("{\"requests\"")).findFirst()
        .orElseThrow(() -> new AssertionError("no summary from wrk for " + c.id() + ":\n" + output));
    Map<String, Long> f = new LinkedHashMap<>();
    Matcher m = FIELD.matcher(line);
    while (m.find()) {
      f.put(m.group(1), Long.parseLong(m.group(2)));
    }
    return new Result(f.get("requests"), f.get("duration_us"), f.get("p50_us"), f.get("p99_us"), f.get("max_us"),
        f.get("connect"), f.get("read"), f.get("write"), f.get("timeout"), f.get("status"), 0);
  }

  /** {@code http_server_requests_seconds_count} by label set. */
  private static Map<String, Double> requestCounts(String scrape) {
    Map<String, Double> counts = new LinkedHashMap<>();
    Pattern line = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE);
    Matcher m = line.matcher(scrape);
    while (m.find()) {
      counts.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    return counts;
  }

  /** VmRSS and VmHWM (peak), in kB. */
  private static Map<String, Long> memory(Service service) throws IOException {
    Map<String, Long> kb = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(service.process().pid()), "status"))) {
      for (String key : List.of("VmRSS", "VmHWM")) {
        if (line.startsWith(key + ":")) {
          kb.put(key, Long.parseLong(line.replaceAll("\\D", "")));
        }
      }
    }
    return kb;
  }

  private static HttpResponse<String> get(Service service, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String report(Settings settings, String started, String loadBefore, String loadAfter,
      List<Service> services, List<Case> cases, Case scrape, Case background, Map<Case, Map<Service, Result>> results,
      Map<Service, Map<String, Long>> idle, Map<Service, Map<String, Long>> loaded,
      Map<Service, Map<String, Double>> counted, Map<Service, Long> routeRequests, Map<Service, Long> routeConnections)
      throws Exception {
    Service before = services.get(0);
    Service after = services.get(1);
    StringBuilder r = new StringBuilder();
    r.append("# Slipway runtime under load, ").append(started).append("\n\n");
    r.append("## Setup\n\n");
    r.append("- CPUs: ").append(Runtime.getRuntime().availableProcessors()).append(" (").append(cpuModel()).append(")\n");
    r.append("- memory: ").append(memTotal()).append("; kernel ").append(Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim()).append('\n');
    r.append("- java: `").append(settings.java()).append("`, ").append(javaVersion(settings.java())).append(", default flags\n");
    r.append("- wrk: ").append(wrkVersion(settings.wrk())).append(", on loopback, ").append(settings.duration().toSeconds())
        .append(" s per case after a ").append(settings.warmup().toSeconds()).append(" s warm-up of the business route\n");
    r.append("- load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
        .append(" (wrk and the service share the cores, and other sessions may too)\n");
    for (Service s : services) {
      r.append("- ").append(s.variant().name()).append(": `").append(s.variant().revision()).append("`\n");
    }
    r.append("\nThe example app's payments service (`").append(MAIN_CLASS).append("`), every endpoint on one port as its ")
        .append("descriptor says, bound to 127.0.0.1. Both builds run side by side; each case runs against one and then ")
        .append("the other, the order alternating from case to case. Latencies are wrk's (from the request's send to the ")
        .append("response's end); ratios are after ÷ before. Listen overflows are the connections the kernel dropped ")
        .append("during a run because the service's accept queue was full (machine-wide; their clients retry a second ")
        .append("later).\n\n");

    r.append("## Results\n\n");
    r.append("| case | what | wrk | requests/s before | after | × | p50 before | after | × | p99 before | after | × | errors before / after | listen overflows before / after |\n");
    r.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<Case> all = new ArrayList<>(cases);
    all.add(scrape);
    all.add(background);
    for (Case c : all) {
      Result b = results.get(c).get(before);
      Result a = results.get(c).get(after);
      r.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %,.0f | %,.0f | %.1f | %s | %s | %.2f | %s | %s | %.2f | %s / %s | %d / %d |%n",
          c.id(), c.what(), c.wrk(), b.perSecond(), a.perSecond(), a.perSecond() / b.perSecond(),
          ms(b.p50Micros()), ms(a.p50Micros()), (double) a.p50Micros() / b.p50Micros(),
          ms(b.p99Micros()), ms(a.p99Micros()), (double) a.p99Micros() / b.p99Micros(),
          errors(b), errors(a), b.listenOverflows(), a.listenOverflows()));
    }

    r.append("\n## Metrics against wrk\n\n");
    r.append("Every business-route request wrk completed must be in the service's final scrape. The service may count a ")
        .append("few more: the requests in flight when a wrk run stopped (at most one per connection) and those wrk gave ")
        .append("up on (timeouts).\n\n");
    r.append("| build | `http_server_requests_seconds_count` by labels | counted | wrk completed | difference | allowed | check |\n");
    r.append("|---|---|---:|---:|---:|---:|---|\n");
    for (Service s : services) {
      Map<String, Double> counts = counted.get(s);
      double onRoute = counts.entrySet().stream().filter(e -> e.getKey().contains("uri=\"" + ROUTE_TEMPLATE + "\""))
          .mapToDouble(Map.Entry::getValue).sum();
      long completed = routeRequests.get(s);
      long allowed = routeConnections.get(s);
      double difference = onRoute - completed;
      boolean ok = difference >= 0 && difference <= allowed && counts.size() == 1;
      r.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %,d | %+,.0f | 0 to %,d | %s |%n",
          s.variant().name(), String.join("<br>", counts.entrySet().stream()
              .map(e -> "`{" + e.getKey() + "}` " + String.format(Locale.ROOT, "%,.0f", e.getValue())).toList()),
          onRoute, completed, difference, allowed, ok ? "ok" : "**FAILED**"));
    }

    r.append("\n## Resident memory\n\n");
    r.append("`VmRSS` of the service's JVM, idle 2 s after it was ready and after all the load above; peak is `VmHWM`.\n\n");
    r.append("| build | idle | after load | peak |\n|---|---:|---:|---:|\n");
    for (Service s : services) {
      r.append(String.format(Locale.ROOT, "| %s | %d MiB | %d MiB | %d MiB |%n", s.variant().name(),
          idle.get(s).get("VmRSS") / 1024, loaded.get(s).get("VmRSS") / 1024, loaded.get(s).get("VmHWM") / 1024));
    }
    return r.toString();
  }

  private static String errors(Result result) {
    if (result.errors() == 0) {
      return "0";
    }
    return result.errors() + " (connect " + result.connectErrors() + ", read " + result.readErrors() + ", write "
        + result.writeErrors() + ", timeout " + result.timeouts() + ", non-2xx " + result.non2xx() + ")";
  }

  private static String ms(long micros) {
    return micros < 10_000
        ? String.format(Locale.ROOT, "%.2f ms", micros / 1000.0)
        : String.format(Locale.ROOT, "%.0f ms", micros / 1000.0);
  }

  private static String loadAverage() throws IOException {
    String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return fields[0] + ", " + fields[1] + ", " + fields[2];
  }

  private static String cpuModel() throws IOException {
    return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
  }

  private static String memTotal() throws IOException {
    return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
        .map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
        .findFirst().orElse("unknown");
  }

  private static String javaVersion(Path java) throws Exception {
    Process p = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out.lines().skip(1).findFirst().orElse(out).trim();
  }

  private static String wrkVersion(Path wrk) throws Exception {
    Process p = new ProcessBuilder(wrk.toString(), "--version").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out.lines().findFirst().orElse("wrk").replaceAll("\\s+Copyright.*", "").trim();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(" + e.getMessage() + ")";
    }
  }

  private static Settings parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<Variant> variants = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--variant")) {
        String[] parts = args[i + 1].split("=", 3); // name=revision=class path
        variants.add(new Variant(parts[0], parts[1], parts[2]));
      } else {
        options.put(args[i], args[i + 1]);
      }
    }
    if (variants.size() != 2) {
      throw new IllegalArgumentException("two --variant name=revision=classpath, before and after");
    }
    return new Settings(Path.of(options.get("--java")), Path.of(options.get("--wrk")), Path.of(options.get("--lua")),
        Duration.ofSeconds(Long.parseLong(options.getOrDefault("--duration", "10"))),
        Duration.ofSeconds(Long.parseLong(options.getOrDefault("--warmup", "5"))),
        Path.of(options.get("--results")), variants);
  }
}
