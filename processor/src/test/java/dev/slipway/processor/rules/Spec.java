package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.slipway.processor.SlipwayProcessor;
import dev.slipway.processor.emit.runtime.RuntimeDescriptorProcessingTest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;

/**
 * A compile-time specification of one rule, readable as one sentence: take the realistic {@link
 * #orders()} service, change one attribute, and expect this exact diagnostic on the line of that
 * attribute (and, for an error, no file under {@code META-INF/slipway}).
 *
 * <pre>{@code orders().set("port = 8080", "port = 70000").error("[SLW-SVC-006] ...")}</pre>
 */
final class Spec {

  static final String ORDERS = "com.acme.orders.OrdersService";
  static final String PAYMENTS = "com.acme.payments.PaymentsService";

  /**
   * One expected diagnostic: its kind, exact message, file and a text unique to its line; file and
   * line are null for a diagnostic about the processor options, which has no place in the source.
   */
  record Expected(Diagnostic.Kind kind, String message, String className, String lineContaining) {}

  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, String> options = new LinkedHashMap<>();

  /** The application's configuration files, by name; only with a Spring Boot class path. */
  private final Map<String, String> config = new LinkedHashMap<>();

  private boolean springBoot;
  private final List<Expected> expected = new ArrayList<>();
  private String focus;

  /** The class that {@link #set}, {@link #annotate} and the expected diagnostics are about. */
  private String main = ORDERS;

  private Spec() {}

  static final String RECONCILIATION = "com.acme.reconciliation.NightlyReconciliation";
  static final String INVOICING = "com.acme.invoicing.InvoicingWorker";

  /**
   * The nightly reconciliation CronJob, every attribute on its own line, beside orders and
   * payments.
   */
  static Spec reconciliation() {
    Spec spec = orders();
    spec.sources.put(RECONCILIATION, Sources.RECONCILIATION);
    spec.main = RECONCILIATION;
    return spec;
  }

  /**
   * The invoicing worker with its backlog, every attribute on its own line, beside orders and
   * payments.
   */
  static Spec invoicing() {
    Spec spec = orders();
    spec.sources.put(INVOICING, Sources.INVOICING);
    spec.main = INVOICING;
    return spec;
  }

  /**
   * The orders service of the example app, every attribute written on its own line, and the
   * payments service it calls.
   */
  static Spec orders() {
    Spec spec = new Spec();
    spec.sources.put(ORDERS, Sources.ORDERS);
    spec.sources.put(PAYMENTS, Sources.PAYMENTS);
    return spec;
  }

  /**
   * The orders service as a Spring Boot app: compiled against a real Spring Boot class path, with
   * Actuator probe and scrape paths, a 300ms latency objective, and an {@code
   * application.properties} that agrees with it all; payments, which it calls, keeps probes of its
   * own.
   */
  static Spec springOrders() {
    Spec spec = orders();
    spec.springBoot = true;
    spec.replaceIn(
        ORDERS, "liveness = \"/health/live\"", "liveness = \"/actuator/health/liveness\"");
    spec.replaceIn(
        ORDERS, "readiness = \"/health/ready\"", "readiness = \"/actuator/health/readiness\"");
    spec.replaceIn(
        ORDERS, "startup = \"/health/started\"", "startup = \"/actuator/health/liveness\"");
    spec.replaceIn(
        ORDERS,
        "public final class OrdersService",
        "@Slo(\n    latency = \"300ms\")\n@Metrics(\n    path = \"/actuator/prometheus\",\n    interval = \"30s\")\npublic final class OrdersService");
    spec.sources.put(
        PAYMENTS,
        Sources.PAYMENTS.replace(
            "@HealthCheck",
            "@HealthCheck(liveness = \"/live\", readiness = \"/ready\", startup = \"/started\")\n@dev.slipway.annotations.Metrics(path = \"/metrics\")"));
    spec.config.put("application.properties", Sources.SPRING_PROPERTIES);
    return spec;
  }

  /** Replaces {@code from} (which must occur once) in {@code application.properties}. */
  Spec setting(String from, String to) {
    String text = config.get("application.properties");
    if (!text.contains(from)) {
      throw new IllegalArgumentException("'" + from + "' is not in application.properties");
    }
    config.put("application.properties", text.replace(from, to));
    return this;
  }

  /** Adds or replaces a configuration file of the application. */
  Spec config(String name, String text) {
    config.put(name, text);
    return this;
  }

  /**
   * Puts the Slipway Spring Boot starter on the class path: its auto-configuration class, and the
   * runtime's descriptor interface, which it brings.
   */
  Spec starter() {
    sources.put(
        "dev.slipway.runtime.ServiceDescriptor", RuntimeDescriptorProcessingTest.runtimeSource());
    sources.put(
        "dev.slipway.spring.SlipwayAutoConfiguration",
        "package dev.slipway.spring;\n\npublic final class SlipwayAutoConfiguration {}\n");
    return this;
  }

  /**
   * Replaces {@code from} (which must occur once) in the orders source; the diagnostic is expected
   * on the line of {@code to}.
   */
  Spec set(String from, String to) {
    replaceIn(main, from, to);
    focus = to.strip().lines().findFirst().orElse(to);
    return this;
  }

  /**
   * Deletes {@code text} from the orders source; say with {@link #on} where the diagnostic goes.
   */
  Spec remove(String text) {
    replaceIn(main, text, "");
    focus = null;
    return this;
  }

  /** Adds {@code @Waive(rule, reason)} to the orders service. */
  Spec waive(String rule, String reason) {
    String waiver = "@Waive(rule = \"" + rule + "\", reason = \"" + reason + "\")";
    String declaration = "public final class " + main.substring(main.lastIndexOf('.') + 1);
    replaceIn(main, declaration, waiver + "\n" + declaration);
    focus = waiver;
    return this;
  }

  /** Adds an annotation line (such as {@code @BlueGreen}) to the orders service. */
  Spec annotate(String annotation) {
    String declaration = "public final class " + main.substring(main.lastIndexOf('.') + 1);
    replaceIn(main, declaration, annotation + "\n" + declaration);
    focus = annotation;
    return this;
  }

  /** The text that identifies the line the next expected diagnostic is on. */
  Spec on(String lineContaining) {
    focus = lineContaining;
    return this;
  }

  /** Adds or replaces a source file. */
  Spec source(String className, String source) {
    sources.put(className, source);
    return this;
  }

  Spec option(String key, String value) {
    options.put(key, value);
    return this;
  }

  Spec error(String message) {
    return expect(Diagnostic.Kind.ERROR, message, main, focus);
  }

  Spec warning(String message) {
    return expect(Diagnostic.Kind.WARNING, message, main, focus);
  }

  /** An expected error about the processor options: no file, no line. */
  Spec optionError(String message) {
    expected.add(new Expected(Diagnostic.Kind.ERROR, message, null, null));
    return this;
  }

  /** An expected warning about the processor options: no file, no line. */
  Spec optionWarning(String message) {
    expected.add(new Expected(Diagnostic.Kind.WARNING, message, null, null));
    return this;
  }

  /** A further expected error in another file. */
  Spec error(String message, String className, String lineContaining) {
    return expect(Diagnostic.Kind.ERROR, message, className, lineContaining);
  }

  /** A further expected warning in another file. */
  Spec warning(String message, String className, String lineContaining) {
    return expect(Diagnostic.Kind.WARNING, message, className, lineContaining);
  }

  private Spec expect(Diagnostic.Kind kind, String message, String className, String line) {
    if (line == null) {
      throw new IllegalStateException("say on(...) which line " + message + " is on");
    }
    expected.add(new Expected(kind, message, className, line));
    return this;
  }

  List<Expected> expected() {
    return expected;
  }

  /** The rule ids this spec expects, from the messages' {@code [SLW-...]} prefix. */
  List<String> ruleIds() {
    return expected.stream().map(e -> e.message().substring(1, e.message().indexOf(']'))).toList();
  }

  Map<String, String> sources() {
    return sources;
  }

  Compilation compile(Compiler compiler) {
    List<String> flags = new ArrayList<>();
    options.forEach((k, v) -> flags.add(v == null ? "-A" + k : "-A" + k + "=" + v));
    Compiler configured = compiler.withProcessors(new SlipwayProcessor()).withOptions(flags);
    if (springBoot) {
      configured = configured.withClasspath(classPath());
    }
    return configured.compile(sourceFiles());
  }

  /**
   * Compiles and checks: the Slipway diagnostics are exactly the expected ones, each on the
   * expected line, and an error leaves no artifact while warnings alone do not stop the output.
   */
  void verify(Compiler compiler, JavaCompiler javac) {
    Compilation compilation = compile(compiler);
    assertWithMessage("Slipway diagnostics of " + this)
        .that(Diagnostics.slipway(compilation))
        .containsExactlyElementsIn(
            expected.stream().map(e -> e.kind() + " " + e.message()).toList());
    for (Expected e : expected) {
      if (e.className() == null) {
        assertWithMessage("the place of " + e.message())
            .that(
                compilation.diagnostics().stream()
                    .filter(
                        d ->
                            d.getKind() == e.kind()
                                && d.getMessage(Locale.ROOT).equals(e.message()))
                    .map(d -> d.getSource() == null && d.getLineNumber() == Diagnostic.NOPOS)
                    .toList())
            .containsExactly(true);
        continue;
      }
      JavaFileObject file =
          compilation.sourceFiles().stream()
              .filter(f -> f.getName().endsWith(e.className().replace('.', '/') + ".java"))
              .findFirst()
              .orElseThrow();
      if (e.kind() == Diagnostic.Kind.ERROR) {
        assertThat(compilation)
            .hadErrorContaining(e.message())
            .inFile(file)
            .onLineContaining(e.lineContaining());
      } else {
        assertThat(compilation)
            .hadWarningContaining(e.message())
            .inFile(file)
            .onLineContaining(e.lineContaining());
      }
    }
    boolean fails = expected.stream().anyMatch(e -> e.kind() == Diagnostic.Kind.ERROR);
    if (fails) {
      // Compile Testing hides the output of a failed compile, so compile once more to a real
      // directory.
      assertWithMessage("artifacts written by " + this).that(writtenOnDisk(javac)).isEmpty();
    } else {
      assertWithMessage("artifacts written by " + this)
          .that(Diagnostics.artifacts(compilation))
          .isNotEmpty();
    }
  }

  /** Compiles to a temporary class output and lists what landed under {@code META-INF/slipway/}. */
  List<Path> writtenOnDisk(JavaCompiler compiler) {
    try {
      Path out = Files.createTempDirectory("slipway-spec");
      try {
        List<String> flags = new ArrayList<>(List.of("-d", out.toString()));
        if (compiler.isSupportedOption("-proc:full") >= 0) {
          flags.add("-proc:full"); // newer javac runs explicitly given processors only with it
        }
        options.forEach((k, v) -> flags.add(v == null ? "-A" + k : "-A" + k + "=" + v));
        if (springBoot) {
          flags.add("-classpath");
          flags.add(
              classPath().stream()
                  .map(File::getPath)
                  .collect(Collectors.joining(File.pathSeparator)));
        }
        JavaCompiler.CompilationTask task =
            compiler.getTask(Writer.nullWriter(), null, d -> {}, flags, null, sourceFiles());
        task.setProcessors(List.of(new SlipwayProcessor()));
        task.call();
        Path root = out.resolve(SlipwayProcessor.OUTPUT_ROOT);
        if (!Files.exists(root)) {
          return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
          return walk.filter(Files::isRegularFile).toList();
        }
      } finally {
        try (Stream<Path> walk = Files.walk(out)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The test class path (the annotations), a real Spring Boot (copied to {@code
   * target/spring-boot-class-path} by the build) and a directory with the application's
   * configuration files, as Maven puts {@code target/classes} on the class path.
   */
  private List<File> classPath() {
    try {
      List<File> path = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        path.add(new File(entry));
      }
      try (Stream<Path> jars = Files.list(Path.of("target", "spring-boot-class-path"))) {
        jars.sorted().forEach(jar -> path.add(jar.toFile()));
      }
      Path resources = Files.createTempDirectory("slipway-spec-resources");
      resources.toFile().deleteOnExit();
      for (Map.Entry<String, String> file : config.entrySet()) {
        Files.writeString(resources.resolve(file.getKey()), file.getValue());
        resources.resolve(file.getKey()).toFile().deleteOnExit();
      }
      path.add(resources.toFile());
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sources, written to a fresh directory. */
  private List<JavaFileObject> sourceFiles() {
    try {
      Path root = Files.createTempDirectory("slipway-spec-src");
      root.toFile().deleteOnExit();
      List<JavaFileObject> files = new ArrayList<>();
      sources.forEach((name, text) -> files.add(SourceFile.write(root, name, text)));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void replaceIn(String className, String from, String to) {
    String source = sources.get(className);
    int at = source.indexOf(from);
    if (at < 0 || source.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + from + "' must occur exactly once in " + className);
    }
    sources.put(className, source.replace(from, to));
  }

  @Override
  public String toString() {
    return expected.isEmpty() ? "clean compile" : expected.get(0).message();
  }
}
