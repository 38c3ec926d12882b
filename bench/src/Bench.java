import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times whole {@code javac} runs of generated modules: {@code -proc:none} (the floor), a processor
 * that does nothing (what javac charges for running any processor), Slipway, optionally Slipway
 * built at a baseline revision, and Dekorate (with its own floor, since its sources and class path
 * differ), interleaved round-robin so that the load of other processes on the machine hits every
 * variant alike.
 * Prints a Markdown report and writes it to the results directory. Started by {@code
 * bench/run.sh}, which builds the processor and fetches Dekorate first.
 */
public final class Bench {

  /** A way to compile a module. */
  enum Variant {
    FLOOR("floor (-proc:none)"),
    NOOP("no-op processor"),
    SLIPWAY("Slipway"),
    BASELINE("Slipway at the baseline"),
    DEKORATE_FLOOR("Dekorate floor (-proc:none)"),
    DEKORATE("Dekorate");

    final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  /** What is read off a run, in seconds. */
  enum Measure {
    WALL("wall", r -> r.nanos() / 1e9),
    MAIN_THREAD("main-thread CPU", Run::mainThreadCpu),
    PROCESS("process CPU", Run::cpuSeconds),
    /** Slipway's and the baseline's runs only; not added over a floor. */
    INSIDE("CPU inside Slipway's processor", Run::insideCpu);

    final String label;
    final Function<Run, Double> of;

    Measure(String label, Function<Run, Double> of) {
      this.label = label;
      this.of = of;
    }
  }

  /** A module size, and which variants compile it. */
  record Case(String id, int classes, int services, String label, List<Variant> variants) {}

  /** One timed compile. */
  record Run(
      Case benchCase,
      Variant variant,
      int repetition,
      long nanos,
      double mainThreadCpu,
      double cpuSeconds,
      long peakRssKb,
      double insideCpu) {}

  /** What a Slipway compile wrote: a digest of the whole {@code META-INF/slipway} tree. */
  record Tree(int files, long bytes, String sha256) {}

  record Settings(
      Path javac,
      String processorPath,
      String slipwayClassPath,
      String dekorateClassPath,
      Path work,
      Path results,
      Path agent,
      Path harness,
      String revision,
      String baselineProcessorPath,
      String baselineRevision,
      int repetitions,
      int warmups,
      boolean quick,
      List<String> only) {}

  private static final long COMPILE_TIMEOUT_MINUTES = 10;

  private final Settings settings;
  private final List<Run> runs = new ArrayList<>();
  private final Map<Case, List<Tree>> slipwayTrees = new LinkedHashMap<>();
  private final List<Double> loads = new ArrayList<>();

  /** The variants of the comparison cases: every processor, and Dekorate with its floor. */
  private final List<Variant> comparison;

  /** The variants of the scale cases, where Dekorate cannot follow (one application per module). */
  private final List<Variant> slipwayOnly;

  private Bench(Settings settings) {
    this.settings = settings;
    List<Variant> slipway = new ArrayList<>(List.of(Variant.FLOOR, Variant.NOOP, Variant.SLIPWAY));
    if (baseline()) {
      slipway.add(Variant.BASELINE);
    }
    this.slipwayOnly = List.copyOf(slipway);
    slipway.addAll(List.of(Variant.DEKORATE_FLOOR, Variant.DEKORATE));
    this.comparison = List.copyOf(slipway);
  }

  private boolean baseline() {
    return !settings.baselineProcessorPath().isEmpty();
  }

  public static void main(String[] args) throws Exception {
    Settings settings = parse(args);
    new Bench(settings).run();
  }

  private static Settings parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    boolean quick = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--quick")) {
        quick = true;
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        values.put(args[i].substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    int repetitions = Integer.parseInt(values.getOrDefault("reps", quick ? "2" : "5"));
    if (repetitions < 1) {
      throw new IllegalArgumentException("--reps must be at least 1");
    }
    return new Settings(
        Path.of(required(values, "javac")),
        required(values, "processor-path"),
        required(values, "slipway-classpath"),
        required(values, "dekorate-classpath"),
        Path.of(required(values, "work")),
        Path.of(required(values, "results")),
        Path.of(required(values, "agent")),
        Path.of(required(values, "harness")),
        values.getOrDefault("revision", "unknown"),
        values.getOrDefault("baseline-processor-path", ""),
        values.getOrDefault("baseline-revision", ""),
        repetitions,
        Integer.parseInt(values.getOrDefault("warmups", quick ? "0" : "1")),
        quick,
        values.containsKey("only") ? List.of(values.get("only").split(",")) : List.of());
  }

  private static String required(Map<String, String> values, String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + key);
    }
    return value;
  }

  /** The issue's matrix (N = 10, 100, 1000 at 1 % and 10 %) and the scale cases. */
  private List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    Map<String, List<Integer>> percentsByModule = new LinkedHashMap<>();
    int[] sizes = settings.quick() ? new int[] {10, 100} : new int[] {10, 100, 1000};
    int[] percents = settings.quick() ? new int[] {10} : new int[] {1, 10};
    for (int classes : sizes) {
      for (int percent : percents) {
        // at least one service: a module with none would not exercise the processor at all
        int services = Math.max(1, Math.round(classes * percent / 100f));
        percentsByModule
            .computeIfAbsent(classes + "/" + services, k -> new ArrayList<>())
            .add(percent);
      }
    }
    percentsByModule.forEach(
        (key, pcts) -> {
          int classes = Integer.parseInt(key.substring(0, key.indexOf('/')));
          int services = Integer.parseInt(key.substring(key.indexOf('/') + 1));
          String percentLabel =
              pcts.stream().map(p -> p + " %").collect(Collectors.joining(", "));
          cases.add(
              new Case(
                  "n" + classes + "-s" + services,
                  classes,
                  services,
                  percentLabel,
                  comparison));
        });
    int[] scale = settings.quick() ? new int[] {100} : new int[] {100, 500, 1000};
    for (int services : scale) {
      cases.add(new Case("scale-" + services, services, services, "100 %", slipwayOnly));
    }
    if (settings.only().isEmpty()) {
      return cases;
    }
    List<Case> chosen = cases.stream().filter(c -> settings.only().contains(c.id())).toList();
    if (chosen.size() != settings.only().size()) {
      throw new IllegalArgumentException(
          "--only takes case ids from " + cases.stream().map(Case::id).toList());
    }
    return chosen;
  }

  private void run() throws Exception {
    List<Case> cases = cases();
    String started = now();
    String loadBefore = loadAverage();
    System.err.printf(Locale.ROOT, "generating %d modules in %s%n", cases.size(), settings.work());
    for (Case c : cases) {
      Path dir = settings.work().resolve(c.id());
      Generate.module(dir.resolve("slipway"), c.classes(), c.services(), Generate.Flavour.SLIPWAY);
      if (c.variants().contains(Variant.DEKORATE)) {
        Generate.module(dir.resolve("dekorate"), c.classes(), c.services(), Generate.Flavour.DEKORATE);
      }
    }
    for (int w = 0; w < settings.warmups(); w++) {
      for (Case c : cases) {
        for (Variant v : c.variants()) {
          compile(c, v, -1 - w);
        }
      }
    }
    for (int rep = 0; rep < settings.repetitions(); rep++) {
      for (Case c : cases) {
        List<Variant> order = rotated(c.variants(), rep);
        for (Variant v : order) {
          runs.add(compile(c, v, rep));
        }
      }
    }
    String report = report(cases, started, loadBefore, loadAverage());
    System.out.println(report);
    Files.createDirectories(settings.results());
    Path file =
        settings
            .results()
            .resolve(
                ZonedDateTime.now(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'"))
                    + (settings.quick() ? "-quick" : "")
                    + ".md");
    Files.writeString(file, report);
    System.err.println("report written to " + file);
    if (!deterministic()) {
      System.err.println("FAILED: Slipway's output differed between compiles of the same module");
      System.exit(1);
    }
  }

  /** Each repetition starts with a different variant, so none is always first after a switch. */
  private static <T> List<T> rotated(List<T> list, int by) {
    List<T> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(list.get((i + by) % list.size()));
    }
    return out;
  }

  private Run compile(Case c, Variant v, int rep) throws IOException, InterruptedException {
    boolean dekorate = v == Variant.DEKORATE || v == Variant.DEKORATE_FLOOR;
    Path module = settings.work().resolve(c.id()).resolve(dekorate ? "dekorate" : "slipway");
    // a fresh class output per run, inside the module: Dekorate looks for pom.xml above it
    Path runDir = module.resolve("target").resolve("run-" + v.name().toLowerCase(Locale.ROOT) + "-" + rep);
    Path classes = runDir.resolve("classes");
    deleteTree(runDir);
    Files.createDirectories(classes);
    Path sourcesFile = runDir.resolve("sources.txt");
    try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
      Files.write(
          sourcesFile,
          files.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toString).toList());
    }
    List<String> command = new ArrayList<>();
    // peak RSS and CPU time (user + system, all JVM threads) of the javac process
    Path usageFile = runDir.resolve("usage.txt");
    command.addAll(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", usageFile.toString()));
    command.addAll(
        List.of(
            settings.javac().toString(),
            "-J-javaagent:" + settings.agent(),
            "--release",
            "17",
            "-encoding",
            "UTF-8",
            "-d",
            classes.toString()));
    switch (v) {
      case FLOOR -> command.addAll(List.of("-proc:none", "-cp", settings.slipwayClassPath()));
      case NOOP ->
          command.addAll(
              List.of(
                  "-cp",
                  settings.slipwayClassPath(),
                  "-processorpath",
                  settings.harness().toString(),
                  "-processor",
                  "NoopProcessor"));
      // through SlipwayTimer, which runs Slipway's processor and prints the CPU time spent in it
      case SLIPWAY, BASELINE ->
          command.addAll(
              List.of(
                  "-cp",
                  settings.slipwayClassPath(),
                  "-processorpath",
                  settings.harness()
                      + File.pathSeparator
                      + (v == Variant.SLIPWAY
                          ? settings.processorPath()
                          : settings.baselineProcessorPath()),
                  "-processor",
                  "SlipwayTimer"));
      case DEKORATE_FLOOR -> command.addAll(List.of("-proc:none", "-cp", settings.dekorateClassPath()));
      // no -processor: Dekorate is several cooperating processors found through the service
      // loader, the way a Maven build runs it
      case DEKORATE ->
          command.addAll(
              List.of(
                  "-cp", settings.dekorateClassPath(), "-processorpath", settings.dekorateClassPath()));
    }
    command.add("@" + sourcesFile);
    Path log = runDir.resolve("javac.log");
    double load = currentLoad();
    loads.add(load);
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .directory(module.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(COMPILE_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(c.id() + " " + v + " took over " + COMPILE_TIMEOUT_MINUTES + " minutes");
    }
    long nanos = System.nanoTime() - start;
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          c.id() + " " + v + " failed (exit " + process.exitValue() + "):\n" + Files.readString(log));
    }
    String[] usage = lastLine(Files.readString(usageFile)).split(" ");
    long rss = Long.parseLong(usage[0]);
    double cpu = Double.parseDouble(usage[1]) + Double.parseDouble(usage[2]);
    double mainThreadCpu = mainThreadCpu(Files.readString(log), c, v);
    double insideCpu =
        v == Variant.SLIPWAY || v == Variant.BASELINE ? insideCpu(Files.readString(log), c, v) : Double.NaN;
    checkOutput(c, v, classes, rep);
    System.err.printf(
        Locale.ROOT,
        "%-12s %-15s rep %2d  wall %7.3f s  main thread %6.2f s  cpu %6.2f s  %5d MB  load %.2f%s%n",
        c.id(),
        v,
        rep,
        nanos / 1e9,
        mainThreadCpu,
        cpu,
        rss / 1024,
        load,
        Double.isNaN(insideCpu) ? "" : String.format(Locale.ROOT, "  inside %.3f s", insideCpu));
    deleteTree(runDir);
    return new Run(c, v, rep, nanos, mainThreadCpu, cpu, rss, insideCpu);
  }

  /** The CPU time of javac's thread inside Slipway's processor, as SlipwayTimer prints it. */
  private static double insideCpu(String log, Case c, Variant v) {
    Matcher timer = INSIDE.matcher(log);
    if (!timer.find()) {
      throw new IllegalStateException(c.id() + " " + v + ": no slipway-timer line in javac's output");
    }
    return Double.parseDouble(timer.group(1));
  }

  private static final Pattern INSIDE = Pattern.compile("(?m)^slipway-timer: cpu ([0-9.]+) s");

  private static double mainThreadCpu(String log, Case c, Variant v) {
    return log.lines()
        .filter(l -> l.startsWith(MainThreadCpu.PREFIX))
        .map(l -> Double.parseDouble(l.substring(MainThreadCpu.PREFIX.length())))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException(c.id() + " " + v + ": no main-thread CPU time in javac's output"));
  }

  /** Fails the benchmark when a variant did not do its job: a fast broken compile proves nothing. */
  private void checkOutput(Case c, Variant v, Path classes, int rep) throws IOException {
    Path slipway = classes.resolve("META-INF/slipway");
    Path dekorate = classes.resolve("META-INF/dekorate/kubernetes.yml");
    switch (v) {
      case FLOOR, NOOP, DEKORATE_FLOOR -> {
        if (Files.exists(classes.resolve("META-INF"))) {
          throw new IllegalStateException(c.id() + " " + v + " ran a processor");
        }
      }
      case SLIPWAY, BASELINE -> {
        if (!Files.isDirectory(slipway)) {
          throw new IllegalStateException(c.id() + ": Slipway wrote no META-INF/slipway");
        }
        Tree tree = tree(slipway);
        long serviceDirs;
        try (Stream<Path> dirs = Files.list(slipway)) {
          // a service's folder has its kustomize base; other top-level folders are per environment
          serviceDirs = dirs.filter(d -> Files.isDirectory(d.resolve("base"))).count();
        }
        if (serviceDirs != c.services()) {
          throw new IllegalStateException(
              c.id() + ": Slipway wrote " + serviceDirs + " service folders for " + c.services() + " services");
        }
        if (rep >= 0 && v == Variant.SLIPWAY) {
          slipwayTrees.computeIfAbsent(c, k -> new ArrayList<>()).add(tree);
        }
      }
      case DEKORATE -> {
        if (!Files.isRegularFile(dekorate)) {
          throw new IllegalStateException(c.id() + ": Dekorate wrote no kubernetes.yml");
        }
      }
    }
  }

  private static Tree tree(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> root.relativize(p).toString())).toList();
    }
    MessageDigest digest = sha256();
    long bytes = 0;
    for (Path file : files) {
      byte[] content = Files.readAllBytes(file);
      bytes += content.length;
      digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(content);
    }
    return new Tree(files.size(), bytes, HexFormat.of().formatHex(digest.digest()));
  }

  private boolean deterministic() {
    return slipwayTrees.values().stream()
        .allMatch(trees -> trees.stream().map(Tree::sha256).distinct().count() == 1);
  }

  // ---- the report ----

  private String report(List<Case> cases, String started, String loadBefore, String loadAfter)
      throws IOException, InterruptedException {
    StringBuilder md = new StringBuilder();
    md.append("# Slipway compile-time benchmark, ").append(started).append("\n\n");
    md.append("## Machine\n\n");
    md.append("- CPUs: ").append(Runtime.getRuntime().availableProcessors())
        .append(" (").append(cpuModel()).append(")\n");
    md.append("- memory: ").append(memory()).append("\n");
    md.append("- javac: `").append(settings.javac()).append("`, ").append(javacVersion()).append("\n");
    md.append("- load average (1, 5, 15 min) before: ").append(loadBefore)
        .append("; after: ").append(loadAfter).append("\n");
    md.append(String.format(Locale.ROOT,
        "- 1-minute load sampled before each compile: mean %.2f, max %.2f (other sessions share these cores)%n",
        loads.stream().mapToDouble(Double::doubleValue).average().orElse(0),
        loads.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
    md.append("- repetitions: ").append(settings.repetitions()).append(" timed per variant and case, after ")
        .append(settings.warmups()).append(" untimed warm-up round(s); variants interleaved round-robin")
        .append(settings.quick() ? "; **quick smoke run: not for conclusions**" : "").append("\n\n");

    md.append("Three measures per compile: **wall** time, what a developer waits for; **main-thread CPU**,\n")
        .append("the CPU time of javac's main thread, which parses, attributes, runs the processors and\n")
        .append("writes (read from /proc by a small agent, 10 ms ticks); **process CPU**, all threads with\n")
        .append("the JIT compilers and GC. With other sessions competing for the 2 cores, wall time swings\n")
        .append("by a factor of 2 to 3 and process CPU by tens of per cent; main-thread CPU moves least.\n")
        .append("Added time is the median of the paired differences (processor run minus the floor run of\n")
        .append("the same repetition, which ran next to it); Dekorate is compared with its own floor.\n\n");
    md.append("Processor measured: `").append(settings.revision()).append("`");
    if (baseline()) {
      md.append("; baseline: `").append(settings.baselineRevision()).append("`, built from that commit");
    }
    md.append(".\n\n");
    List<Case> comparisonCases = cases.stream().filter(c -> c.variants().equals(comparison)).toList();
    if (!comparisonCases.isEmpty()) {
      md.append("## Per compile\n\n");
      md.append("| classes | annotated | services | variant | wall s median | wall min – max | main-thread CPU s | process CPU s | peak RSS MB |\n");
      md.append("|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
      for (Case c : comparisonCases) {
        for (Variant v : comparison) {
          md.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s |%n",
              c.classes(), c.label(), c.services(), v.label, measurements(c, v)));
        }
      }
      md.append("\nDekorate writes one application per module: in its sources only the first service class\n")
          .append("carries `@KubernetesApplication` (with several, Dekorate merges them and fails).\n");
      md.append("\n## Added over the floor\n\n");
      md.append("The no-op processor's part is what javac charges for running any processor; Slipway's\n")
          .append("own part is what it adds beyond that.\n\n");
      md.append("| classes | services | measure | no-op added | Slipway added | Slipway beyond no-op |")
          .append(baseline() ? " baseline added | Slipway ÷ baseline |" : "")
          .append(" Dekorate added | Slipway ÷ Dekorate |\n");
      md.append("|---:|---:|---|---:|---:|---:|").append(baseline() ? "---:|---:|" : "").append("---:|---:|\n");
      for (Case c : comparisonCases) {
        for (Measure m : List.of(Measure.WALL, Measure.MAIN_THREAD, Measure.PROCESS)) {
          double floor = median(c, Variant.FLOOR, m);
          double sw = added(c, Variant.SLIPWAY, Variant.FLOOR, m);
          double dk = added(c, Variant.DEKORATE, Variant.DEKORATE_FLOOR, m);
          md.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s | %s |",
              c.classes(), c.services(), m.label,
              added(added(c, Variant.NOOP, Variant.FLOOR, m), floor),
              added(sw, floor),
              seconds(added(c, Variant.SLIPWAY, Variant.NOOP, m))));
          if (baseline()) {
            double bl = added(c, Variant.BASELINE, Variant.FLOOR, m);
            md.append(String.format(Locale.ROOT, " %s | %s |", added(bl, floor), ratio(sw, bl)));
          }
          md.append(String.format(Locale.ROOT, " %s | %s |%n",
              added(dk, median(c, Variant.DEKORATE_FLOOR, m)), ratio(sw, dk)));
        }
      }
    }

    List<Case> scale = cases.stream().filter(c -> c.variants().equals(slipwayOnly)).toList();
    if (!scale.isEmpty()) {
      md.append("\n## Scale: every class a service\n\n");
      md.append("| services | variant | wall s median | wall min – max | main-thread CPU s | process CPU s | peak RSS MB |\n");
      md.append("|---:|---|---:|---:|---:|---:|---:|\n");
      for (Case c : scale) {
        for (Variant v : slipwayOnly) {
          md.append(String.format(Locale.ROOT, "| %d | %s | %s |%n", c.services(), v.label, measurements(c, v)));
        }
      }
      md.append("\n| services | added wall | added main-thread CPU | per service | beyond no-op, per service |")
          .append(baseline() ? " baseline per service |" : "")
          .append(" added process CPU | files written | bytes written |\n");
      md.append("|---:|---:|---:|---:|---:|").append(baseline() ? "---:|" : "").append("---:|---:|---:|\n");
      for (Case c : scale) {
        double main = added(c, Variant.SLIPWAY, Variant.FLOOR, Measure.MAIN_THREAD);
        Tree tree = slipwayTrees.get(c).get(0);
        md.append(String.format(Locale.ROOT, "| %d | %s | %s | %.1f ms | %.1f ms |",
            c.services(),
            added(added(c, Variant.SLIPWAY, Variant.FLOOR, Measure.WALL), median(c, Variant.FLOOR, Measure.WALL)),
            added(main, median(c, Variant.FLOOR, Measure.MAIN_THREAD)),
            main * 1000 / c.services(),
            added(c, Variant.SLIPWAY, Variant.NOOP, Measure.MAIN_THREAD) * 1000 / c.services()));
        if (baseline()) {
          md.append(String.format(Locale.ROOT, " %.1f ms |",
              added(c, Variant.BASELINE, Variant.FLOOR, Measure.MAIN_THREAD) * 1000 / c.services()));
        }
        md.append(String.format(Locale.ROOT, " %s | %d | %d |%n",
            added(added(c, Variant.SLIPWAY, Variant.FLOOR, Measure.PROCESS), median(c, Variant.FLOOR, Measure.PROCESS)),
            tree.files(), tree.bytes()));
      }
    }

    md.append("\n## Inside Slipway's processor\n\n");
    md.append("CPU time of javac's main thread inside Slipway's processor (creating it, `init` and every\n")
        .append("`process` call, with the class loading they trigger; `bench/src/SlipwayTimer.java`), which\n")
        .append("other processes on the machine hardly move. javac's own extra work for a processor (the\n")
        .append("round that compiles the generated descriptors) is not in it: the tables above have that.\n\n");
    md.append("| module | Slipway s median | min – max |")
        .append(baseline() ? " baseline s median | min – max | Slipway ÷ baseline | per-repetition ratios |" : "")
        .append("\n|---|---:|---:|").append(baseline() ? "---:|---:|---:|---|" : "").append("\n");
    for (Case c : cases) {
      md.append(String.format(Locale.ROOT, "| %s | %s |", c.id(), inside(c, Variant.SLIPWAY)));
      if (baseline()) {
        md.append(String.format(Locale.ROOT, " %s | %.2f× | %s |",
            inside(c, Variant.BASELINE),
            median(c, Variant.SLIPWAY, Measure.INSIDE) / median(c, Variant.BASELINE, Measure.INSIDE),
            pairedRatios(c)));
      }
      md.append("\n");
    }

    md.append("\n## Determinism\n\n");
    md.append("Every Slipway compile wrote to a fresh class output; the whole `META-INF/slipway` tree (paths and bytes) is hashed.\n\n");
    md.append("| module | Slipway compiles | files | distinct tree hashes | result |\n|---|---:|---:|---:|---|\n");
    for (Map.Entry<Case, List<Tree>> e : slipwayTrees.entrySet()) {
      long distinct = e.getValue().stream().map(Tree::sha256).distinct().count();
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s |%n",
          e.getKey().id(), e.getValue().size(), e.getValue().get(0).files(), distinct,
          e.getValue().size() < 2 ? "not checked (one compile)" : distinct == 1 ? "byte-identical" : "**DIFFERENT**"));
    }
    return md.toString();
  }

  private List<Run> runsOf(Case c, Variant v) {
    return runs.stream().filter(r -> r.benchCase() == c && r.variant() == v).toList();
  }

  private double median(Case c, Variant v, Measure m) {
    return median(runsOf(c, v).stream().map(m.of).toList());
  }

  /** Median over repetitions of (processor run - floor run) of the same repetition. */
  private double added(Case c, Variant processor, Variant floor, Measure m) {
    Map<Integer, Run> floors =
        runsOf(c, floor).stream().collect(Collectors.toMap(Run::repetition, r -> r));
    return median(
        runsOf(c, processor).stream()
            .map(r -> m.of.apply(r) - m.of.apply(floors.get(r.repetition())))
            .toList());
  }

  /** The median and range of the CPU inside Slipway's processor: two table cells. */
  private String inside(Case c, Variant v) {
    DoubleSummaryStatistics inside =
        runsOf(c, v).stream().mapToDouble(Measure.INSIDE.of::apply).summaryStatistics();
    return String.format(Locale.ROOT, "%.3f | %.3f – %.3f",
        median(c, v, Measure.INSIDE), inside.getMin(), inside.getMax());
  }

  /** Slipway ÷ baseline inside the processor, per repetition (the two ran next to each other). */
  private String pairedRatios(Case c) {
    Map<Integer, Run> baselines =
        runsOf(c, Variant.BASELINE).stream().collect(Collectors.toMap(Run::repetition, r -> r));
    return runsOf(c, Variant.SLIPWAY).stream()
        .map(r -> String.format(Locale.ROOT, "%.2f", r.insideCpu() / baselines.get(r.repetition()).insideCpu()))
        .collect(Collectors.joining(", "));
  }

  /** Wall median and range, both CPU medians and the peak RSS median: five table cells. */
  private String measurements(Case c, Variant v) {
    List<Run> of = runsOf(c, v);
    DoubleSummaryStatistics wall = of.stream().mapToDouble(Measure.WALL.of::apply).summaryStatistics();
    return String.format(Locale.ROOT, "%.2f | %.2f – %.2f | %.2f | %.2f | %d",
        median(c, v, Measure.WALL), wall.getMin(), wall.getMax(),
        median(c, v, Measure.MAIN_THREAD), median(c, v, Measure.PROCESS),
        Math.round(median(of.stream().map(r -> r.peakRssKb() / 1024.0).toList())));
  }

  private static String added(double seconds, double floor) {
    return String.format(Locale.ROOT, "%+.2f s (%+.1f %%)", seconds, 100 * seconds / floor);
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%+.2f s", seconds);
  }

  /** {@code a ÷ b} of two added times, or n/a when the denominator is not a cost. */
  private static String ratio(double a, double b) {
    return b > 0 ? String.format(Locale.ROOT, "%.2f×", a / b) : "n/a";
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  // ---- the machine ----

  private static String now() {
    return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
  }

  private static String loadAverage() throws IOException {
    String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
    return parts[0] + ", " + parts[1] + ", " + parts[2];
  }

  private static double currentLoad() throws IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
  }

  private static String cpuModel() throws IOException {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown model");
    }
  }

  private static String memory() throws IOException {
    try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
      long kb = lines.filter(l -> l.startsWith("MemTotal:"))
          .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
          .findFirst()
          .orElse(0L);
      return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
    }
  }

  private String javacVersion() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(settings.javac().toString(), "-J-XshowSettings:properties", "-version")
        .redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    String version = out.lines().filter(l -> l.startsWith("javac ")).findFirst().orElse("javac ?");
    String vendor = out.lines().map(String::trim).filter(l -> l.startsWith("java.vm.name") || l.startsWith("java.runtime.version"))
        .map(l -> l.substring(l.indexOf('=') + 1).trim()).collect(Collectors.joining(" "));
    return version + " (" + vendor + ")";
  }

  // ---- files ----

  private static String lastLine(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    return lines.get(lines.size() - 1).trim();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
