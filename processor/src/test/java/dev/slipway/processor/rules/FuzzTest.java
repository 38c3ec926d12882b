package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slipway.processor.SlipwayProcessor;
import dev.slipway.processor.YamlTypes;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Feeds many random annotation sources through the processor: every member gets valid values, edge
 * values, junk, empty, huge, unicode and negative ones. Every compile must either succeed and write
 * artifacts that parse, or fail with Slipway rule errors only, never an internal error or an
 * exception, and then write nothing. Seeded and reproducible: {@code -Dslipway.fuzz.seed=<seed>
 * -Dslipway.fuzz.compiles=<n>} (default 250 compiles).
 *
 * <p>With {@code -Dslipway.fuzz.snapshot=<dir>} every successful compile's artifacts are kept in
 * {@code <dir>/<compile>/}: run it at two revisions and {@code diff -r} the directories to prove
 * that a refactoring left the output byte-identical.
 */
class FuzzTest {

  private static final long SEED = Long.getLong("slipway.fuzz.seed", 20261122L);
  private static final int COMPILES = Integer.getInteger("slipway.fuzz.compiles", 250);
  private static final String SNAPSHOT = System.getProperty("slipway.fuzz.snapshot", "");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyCompileSucceedsOrFailsWithRuleErrorsOnly() throws IOException {
    Random random = new Random(SEED);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int succeeded = 0;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      for (int run = 0; run < COMPILES; run++) {
        List<Source> sources = new ArrayList<>();
        int classes = 1 + random.nextInt(3);
        // its own random, so that the sources of earlier revisions' seeds stay the same
        Random shape = new Random(SEED * 7 + run);
        for (int c = 0; c < classes; c++) {
          String className = "Fuzz" + run + (shape.nextInt(8) == 0 ? "Ünï" : "x") + c + "Service";
          String source =
              random.nextInt(15) == 0
                  ? strayClass(random, className)
                  : serviceClass(random, className);
          if (shape.nextInt(8) == 0) {
            source = nested(source, className); // a binary name with '$'
          }
          sources.add(new Source("com.acme.fuzz." + className, source));
        }
        if (compileAndCheck(javac, files, sources, "seed " + SEED + ", compile " + run, run)) {
          succeeded++;
        }
      }
    }
    System.out.printf(
        "fuzz: seed %d, %d compiles, %d succeeded, %d failed with rule errors only%n",
        SEED, COMPILES, succeeded, COMPILES - succeeded);
    // The generator must reach both outcomes, or it tests only half of the contract.
    assertWithMessage("successful compiles").that(succeeded).isGreaterThan(COMPILES / 20);
    assertWithMessage("failed compiles").that(COMPILES - succeeded).isGreaterThan(COMPILES / 20);
  }

  /** Compiles to a fresh directory and checks the outcome; true when the compile succeeded. */
  private static boolean compileAndCheck(
      JavaCompiler javac, StandardJavaFileManager files, List<Source> sources, String what, int run)
      throws IOException {
    Path out = Files.createTempDirectory("slipway-fuzz");
    try {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> options = new ArrayList<>(List.of("-proc:full"));
      options.addAll(processorOptions(new Random(SEED + run), new Random(SEED * 31 + run)));
      options.removeIf(o -> javac.isSupportedOption(o) < 0);
      JavaCompiler.CompilationTask task =
          javac.getTask(new StringWriter(), files, diagnostics, options, null, sources);
      task.setProcessors(List.of(new SlipwayProcessor()));
      boolean success = task.call();
      String all = sources.stream().map(Source::text).collect(Collectors.joining("\n"));
      String context =
          what
              + " with "
              + options
              + ":\n"
              + (all.length() > 4000 ? all.substring(0, 4000) + "..." : all);
      List<String> errors =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .map(d -> d.getMessage(Locale.ROOT))
              .toList();
      for (String error : errors) {
        assertWithMessage("an error that is not a Slipway rule error, in " + context)
            .that(error)
            .matches("(?s)\\[SLW-(?!INTERNAL)[A-Z]+-[0-9]{3}\\] .*");
      }
      Path artifacts = out.resolve(SlipwayProcessor.OUTPUT_ROOT);
      if (!success) {
        assertWithMessage("a failed compile wrote artifacts, in " + context)
            .that(Files.exists(artifacts))
            .isFalse();
        return false;
      }
      assertWithMessage("a successful compile wrote no artifacts, in " + context)
          .that(Files.exists(artifacts))
          .isTrue();
      try (Stream<Path> written = Files.walk(artifacts)) {
        for (Path file : written.filter(Files::isRegularFile).toList()) {
          if (!SNAPSHOT.isEmpty()) {
            Path kept =
                Path.of(SNAPSHOT, Integer.toString(run)).resolve(artifacts.relativize(file));
            Files.createDirectories(kept.getParent());
            Files.copy(file, kept);
          }
          ObjectMapper reader =
              file.toString().endsWith(".json")
                  ? JSON
                  : file.toString().endsWith(".yaml") ? YAML : null;
          if (reader != null) {
            assertWithMessage("unparsable " + file + ", in " + context)
                .that(reader.readTree(file.toFile()))
                .isNotNull();
          }
          if (file.toString().endsWith(".yaml")) {
            assertWithMessage("scalars a YAML reader retypes in " + file + ", in " + context)
                .that(YamlTypes.problems(Files.readString(file)))
                .isEmpty();
          }
        }
      }
      return true;
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Random choices at a chaos level: with probability {@code level} a member gets a wild value
   * (edge, junk, empty, huge, unicode, negative), otherwise a sensible one. Level 0 gives a service
   * that must compile cleanly, so both outcomes are exercised.
   */
  private record Chaos(Random r, double level) {

    boolean wild() {
      return r.nextDouble() < level;
    }

    String string(String sensible, String... wild) {
      return literal(wild() ? (r.nextInt(4) == 0 ? junk(r) : pick(r, wild)) : sensible);
    }

    String integer(int sensible, int... wild) {
      if (!wild()) {
        return String.valueOf(sensible);
      }
      return switch (r.nextInt(5)) {
        case 0 -> "-1";
        case 1 -> String.valueOf(r.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE);
        case 2 -> String.valueOf(r.nextInt());
        default -> String.valueOf(wild.length == 0 ? 0 : wild[r.nextInt(wild.length)]);
      };
    }

    String decimal(String sensible) {
      return wild()
          ? pick(
              r,
              "0.0",
              "1.0",
              "-0.5",
              "5.0",
              "99.9",
              "1e308",
              "0.0 / 0.0",
              "1.0 / 0.0",
              "Double.MIN_VALUE",
              "100.0")
          : sensible;
    }

    String duration(String sensible) {
      return string(sensible, "0s", "500ms", "1d", "1h30m", "1.5s", "10", "", "-5m", "5s1m", "30s");
    }

    /** {@code member = value} pairs, each written unless chaos drops it (its default applies). */
    String members(String... membersAndValues) {
      List<String> members = new ArrayList<>();
      for (int i = 0; i < membersAndValues.length; i += 2) {
        if (!(wild() && r.nextBoolean())) {
          members.add(membersAndValues[i] + " = " + membersAndValues[i + 1]);
        }
      }
      return String.join(", ", members);
    }
  }

  private static String serviceClass(Random r, String className) {
    Chaos c = new Chaos(r, r.nextInt(3) == 0 ? 0 : 0.02 + r.nextDouble() * 0.4);
    String name = className.toLowerCase(Locale.ROOT);
    StringBuilder s =
        new StringBuilder("package com.acme.fuzz;\n\nimport dev.slipway.annotations.*;\n\n");
    String env =
        IntStream.range(0, r.nextInt(4))
            .mapToObj(
                i ->
                    "@Env(name = "
                        + c.string("VAR_" + i, "DB_PASSWORD", "", "1X", "LOG_LEVEL")
                        + ", "
                        + c.members(
                            i % 2 == 0 ? "value" : "secret",
                            i % 2 == 0
                                ? c.string(
                                    "a=b",
                                    "-----BEGIN RSA PRIVATE KEY-----",
                                    "postgres://u:p@h/db",
                                    "")
                                : c.string("orders-db", "Bad_Name", ""),
                            "key",
                            c.string("", "url", "a b"))
                        + ")")
            .map(e -> e.replace(", )", ")"))
            .collect(Collectors.joining(", "));
    String dependsOn =
        IntStream.range(0, c.wild() ? r.nextInt(4) : 0)
            .mapToObj(i -> c.string(name, "orders", "payments", "fuzz", "Bad", name))
            .collect(Collectors.joining(", "));
    s.append("@Service(")
        .append(
            c.members(
                "name", c.string(name, "orders", "payments", "a-b", "x".repeat(58), "-x", "1x"),
                "image",
                    c.string(
                        "ghcr.io/acme/" + name + ":1.4.2",
                        "registry.local:5000/orders",
                        "orders:latest",
                        "ghcr.io/acme/orders@sha256:" + "ab".repeat(32),
                        "Ghcr.io/X",
                        "a:main"),
                "port", c.integer(8080, 65535, 80, 0, 70000),
                "team", c.string("commerce", "team_a.b", "", "Bad Team"),
                "resources",
                    "@Resources("
                        + c.members(
                            "cpu",
                                c.string("250m", "0.5", "1", "2", "0", "", "-1", "1e3", "0.0005"),
                            "memory",
                                c.string("256Mi", "1G", "1Gi", "512m", "512", "", "1Ei", "1e100"),
                            "cpuLimit", c.string("1", "500m", "", "4"),
                            "memoryLimit", c.string("512Mi", "1Gi", "", "0"))
                        + ")",
                "env", "{" + env + "}",
                "dependsOn", "{" + dependsOn + "}",
                "drain", c.duration("10s"),
                "gracePeriod", c.duration("30s")))
        .append(")\n");
    if (r.nextBoolean()) {
      s.append("@Scaling(")
          .append(
              c.members(
                  "min",
                  c.integer(2, 1, 3, 20),
                  "max",
                  c.integer(10, 2, 12),
                  "cpuUtilization",
                  c.integer(70, 0, 100, 150),
                  "memoryUtilization",
                  c.integer(0, 80, 100)))
          .append(")\n");
    }
    if (!(c.wild() && r.nextBoolean())) {
      s.append("@HealthCheck(")
          .append(
              c.members(
                  "liveness",
                  c.string("/health/live", "", "health", "/a b", "/health/ready"),
                  "readiness",
                  c.string("/health/ready", "", "/health/live", "/?q"),
                  "startup",
                  c.string("/health/started", ""),
                  "port",
                  c.integer(0, 9090, 8080, 70000),
                  "period",
                  c.duration("10s"),
                  "timeout",
                  c.duration("2s"),
                  "failureThreshold",
                  c.integer(3, 1, 0),
                  "initialDelay",
                  c.duration("0s")))
          .append(")\n");
    }
    if (r.nextBoolean()) {
      String steps =
          c.wild()
              ? IntStream.range(0, r.nextInt(5))
                  .mapToObj(i -> c.integer(10, 0, 100, 25, 50, 99))
                  .collect(Collectors.joining(", "))
              : "10, 25, 50";
      s.append("@Canary(")
          .append(
              c.members(
                  "steps", "{" + steps + "}",
                  "pause", c.duration("5m"),
                  "maxErrorRate", c.decimal("0.01"),
                  "maxLatencyP99", c.duration("500ms"),
                  "header", c.string("", "X-Canary", "X Canary", "\u00e9"),
                  "headerValue", c.string("true", "", " yes", "x".repeat(5000))))
          .append(")\n");
    }
    if (c.wild()) {
      s.append("@BlueGreen(")
          .append(
              c.members(
                  "autoPromote",
                  r.nextBoolean() ? "true" : "false",
                  "promotionDelay",
                  c.duration("1m"),
                  "maxErrorRate",
                  c.decimal("0.01"),
                  "maxLatencyP99",
                  c.duration("500ms")))
          .append(")\n");
    }
    if (r.nextInt(3) == 0) {
      boolean ingress = r.nextBoolean();
      String others =
          ingress
              ? c.members(
                  "via",
                  "Expose.Via.INGRESS",
                  "path",
                  c.string("/", "/orders", "orders"),
                  "tlsSecret",
                  c.string(name + "-tls", "", "Bad_TLS"),
                  "ingressClass",
                  c.string("nginx", "", "Nginx Public"),
                  "gateway",
                  c.string("", "infra/public"))
              : c.members(
                  "path",
                  c.string("/", "/orders", "orders"),
                  "gateway",
                  c.string("infra/public", "", "public", "Infra/x", "a/b/c"),
                  "listener",
                  c.string("https", "", "HTTPS", "a..b"),
                  "tlsSecret",
                  c.string("", name + "-tls"));
      s.append("@Expose(host = ")
          .append(c.string(name + ".acme.example", "*.acme.example", "", "1.2.3.4", "https://x"))
          .append(others.isEmpty() ? "" : ", " + others)
          .append(")\n");
    }
    if (r.nextInt(4) == 0) {
      s.append("@Slo(")
          .append(
              c.members(
                  "availability",
                  c.decimal("99.9"),
                  "latency",
                  c.duration("300ms"),
                  "latencyTarget",
                  c.decimal("99.0"),
                  "window",
                  c.string("30d", "4w", "1y", "0")))
          .append(")\n");
    }
    if (r.nextInt(4) == 0) {
      s.append("@Metrics(")
          .append(
              c.members(
                  "path",
                  c.string("/metrics", "metrics", ""),
                  "port",
                  c.integer(0, 9090, 8080),
                  "interval",
                  c.duration("30s")))
          .append(")\n");
    }
    for (int i = c.wild() ? r.nextInt(3) : 0; i > 0; i--) {
      String rule =
          r.nextBoolean() ? Rulebook.ALL.get(r.nextInt(Rulebook.ALL.size())).id() : junk(r);
      s.append("@Waive(rule = ")
          .append(literal(rule))
          .append(", reason = ")
          .append(c.string("by design", "", " "))
          .append(")\n");
    }
    return s.append("public final class ").append(className).append(" {}\n").toString();
  }

  /** The class's annotations moved onto a static nested class {@code Inner}. */
  private static String nested(String source, String className) {
    String header = "public final class " + className + " {}";
    int at = source.indexOf(header);
    int annotations = source.indexOf("\n@") + 1;
    if (at < 0 || annotations <= 0 || annotations > at) {
      return source;
    }
    return source.substring(0, annotations)
        + "public final class "
        + className
        + " {\n"
        + source.substring(annotations, at)
        + "public static final class Inner {}\n}\n";
  }

  private static String strayClass(Random r, String className) {
    return "package com.acme.fuzz;\n\nimport dev.slipway.annotations.*;\n\n"
        + pick(
            r,
            "@Scaling(min = 2)",
            "@HealthCheck",
            "@Canary",
            "@Waive(rule = \"SLW-SCL-006\", reason = \"x\")")
        + "\npublic final class "
        + className
        + " {}\n";
  }

  /**
   * Processor options, a different mix per compile (its own random, so the sources stay the same):
   * mostly valid ones, and in a third of the compiles hostile ones, wrong in every way an option
   * can be, including names that would reach file paths ({@code ../x}, {@code pre prod}).
   */
  private static List<String> processorOptions(Random r, Random hostile) {
    List<String> options = new ArrayList<>();
    if (hostile.nextInt(3) == 0) {
      for (int i = 1 + hostile.nextInt(3); i > 0; i--) {
        options.add(hostileOption(hostile));
      }
    }
    if (r.nextBoolean()) {
      options.add("-Aslipway.rendered=true");
    }
    if (r.nextInt(3) == 0) {
      options.add("-Aslipway.environments=" + pick(r, "prod", "dev,prod", "dev,qa,staging,prod"));
    }
    if (r.nextInt(3) == 0) {
      options.add("-Aslipway.tag=" + pick(r, "1.5.0", "2.0.0-rc.1"));
    }
    if (r.nextInt(3) == 0) {
      options.add("-Aslipway.registry=registry.acme.example/team");
    }
    if (r.nextInt(3) == 0) {
      options.add("-Aslipway.environmentTags=dev=1.6.0-SNAPSHOT");
    }
    if (r.nextInt(4) == 0) {
      options.add("-Aslipway.namespace={team}-{env}");
    }
    if (r.nextInt(5) == 0) {
      options.add("-Aslipway.profile=dev");
    }
    return options;
  }

  /** One option written wrong: a bad value, no value, or a name Slipway does not know. */
  private static String hostileOption(Random r) {
    String name =
        pick(
            r,
            "slipway.environments",
            "slipway.environmentTags",
            "slipway.namespace",
            "slipway.tag",
            "slipway.registry",
            "slipway.strict",
            "slipway.rendered",
            "slipway.profile",
            "slipway.runbookBaseUrl",
            "slipway.prometheusUrl",
            "slipway.enviroments",
            "slipway.x",
            "Slipway.Tag",
            "slipway.strict.really");
    String value =
        switch (r.nextInt(4)) {
          case 0 -> junk(r);
          case 1 -> pick(r, HOSTILE_VALUES);
          case 2 -> pick(r, HOSTILE_VALUES) + "," + pick(r, HOSTILE_VALUES);
          default -> null;
        };
    return value == null ? "-A" + name : "-A" + name + "=" + value;
  }

  /**
   * Option values that are wrong for some option, or valid and dangerous on their way to a path.
   */
  private static final String[] HOSTILE_VALUES = {
    "",
    ",,",
    " ",
    "dev,pre prod",
    "Prod",
    "pre_prod",
    "..",
    "../../etc",
    "a/b",
    "dev,dev",
    "x".repeat(70),
    "dev:1.5.0",
    "dev=",
    "=x",
    "qa=1.5.0",
    "dev=1 5",
    "dev=a/b",
    "prod=latest",
    "{team}_{env}",
    "{tenant}-{env}",
    "{env",
    "-{env}",
    "{team}-{service}-{env}-",
    "{env}}",
    "1.5 0",
    "${project.version}",
    "ghcr.io/Acme",
    "https://ghcr.io/acme",
    "yes",
    "TRUE",
    "1",
    "develop",
    "DEV",
    "runbooks",
    "http://",
    "https://a b",
    "javascript:alert(1)",
    "http://x?y",
    "http://u:p@x",
    "http://x:99999",
    "http://%zz",
    "ünïcödé",
    "dev\nprod",
    "C:\\temp",
    "*",
    "~",
    "2024-01-15",
    "yes,no",
    "0x1f",
    "y",
    "null"
  };

  /** Strings that are anything but a sensible value. */
  private static String junk(Random r) {
    return switch (r.nextInt(12)) {
      // repeated structures, against patterns whose repeated groups recurse per repetition
      case 9 -> "a.".repeat(1 + r.nextInt(20000)) + "a";
      case 10 -> "1" + ":1".repeat(1 + r.nextInt(20000));
      case 11 -> "/a".repeat(1 + r.nextInt(20000));
      case 0 -> "";
      case 1 -> " ";
      case 2 -> "x".repeat(1 + r.nextInt(5000));
      case 3 -> "ünïcödé-名前-🚀";
      case 4 -> "\"quoted\\back\\slash\"\n\ttab\r";
      case 5 -> "-" + r.nextInt(Integer.MAX_VALUE);
      case 6 -> "\u0000\u0007\u2028\u202e";
      case 7 -> "%s ${x} {{ .Value }} [5m] $1";
      default ->
          r.ints(1 + r.nextInt(30), 0x21, 0x7f)
              .mapToObj(Character::toString)
              .collect(Collectors.joining());
    };
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  /** A Java string literal for any string: quotes, backslashes, controls and non-ASCII escaped. */
  private static String literal(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default ->
            out.append(
                c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  /** An in-memory source; javac reads it through getCharContent. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(
          URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.text = text;
    }

    String text() {
      return text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
