package dev.slipway.processor.emit;

import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.slipway.processor.SlipwayCompiler.Output;
import dev.slipway.processor.YamlTypes;
import dev.slipway.testkit.Kustomize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property that no generated value changes type on its way into the cluster: compiles that put
 * values a YAML reader retypes into every string the output carries (image tags, teams, env names
 * and values, environment names, service names, hosts, Secret and ConfigMap names and keys, ingress
 * classes, namespaces, option values) must succeed, and then
 *
 * <ul>
 *   <li>every scalar of every generated YAML file, and of every patch embedded in an overlay, reads
 *       as what was meant with a YAML 1.1 reader and with Go's yaml.v2 and v3 resolution ({@link
 *       YamlTypes}), and
 *   <li>{@code kubectl kustomize} renders every overlay to exactly the objects, with exactly the
 *       values, of Slipway's own rendering.
 * </ul>
 *
 * Seeded: {@code -Dslipway.retyping.seed=<n>}.
 */
class YamlRetypingTest {

  private static final long SEED = Long.getLong("slipway.retyping.seed", 20260115L);
  private static final int COMPILES = 24;

  /** The compiles whose overlays kubectl renders too (it takes a fraction of a second each). */
  private static final int KUSTOMIZED = 6;

  /** Valid image tags that are dates, numbers, booleans or null to some YAML reader. */
  static final List<String> TAGS =
      List.of(
          "2024-01-15",
          "2024-1-5",
          "1e3",
          "1e1_0",
          "0x1F",
          "0o17",
          "0b101",
          "0777",
          "08",
          "1_000",
          "10",
          "1.0",
          "true",
          "yes",
          "No",
          "on",
          "OFF",
          "y",
          "N",
          "null",
          "NULL");

  /** Valid label values, and valid namespace parts where they are lowercase. */
  static final List<String> TEAMS =
      List.of(
          "2024-01-15",
          "yes",
          "no",
          "on",
          "off",
          "true",
          "null",
          "1e3",
          "0x1f",
          "08",
          "y",
          "n",
          "0o17",
          "1_000",
          "1.5",
          "Yes",
          "1e1_0");

  static final List<String> ENV_VALUES =
      List.of(
          "2024-01-15",
          "2024-01-15 10:00:00",
          "2024-1-5T1:2:3Z",
          "1:30",
          "190:20:30.15",
          "yes",
          "~",
          "",
          "1e1_0",
          "0o17",
          ".5",
          "+1",
          "-.inf",
          ".NaN",
          "<<",
          "=",
          "0b1",
          "1_000.5",
          " leading",
          "a: b",
          "#c",
          "multi\nline",
          "null",
          "Off",
          "0x_1F",
          "99999999999999999999",
          "1.",
          "-0",
          "2024-01-15t10:00:00");

  static final List<String> ENV_VAR_NAMES =
      List.of("yes", "null", "NULL", ".inf", "-1", ".5", "-.inf", "y", "on", "_1", "true", "N");

  /** Lists of environments, each name a DNS-1123 label that some reader retypes. */
  static final List<String> ENVIRONMENTS =
      List.of(
          "yes,no",
          "2024-01-15,1e3,prod",
          "on,off",
          "y,n,true",
          "0x1f,08,null",
          "dev,staging,prod",
          "0777,1e3");

  static final List<String> SERVICE_NAMES =
      List.of("yes", "no", "on", "off", "y", "n", "true", "null", "false", "e1");

  static final List<String> HOSTS =
      List.of("1e3", "2024-01-15", "1.5", "yes.acme.example", "*.on.example", "null", "0x1f.y");

  /** Valid Secret, ConfigMap and IngressClass names (DNS-1123 subdomains). */
  static final List<String> OBJECT_NAMES =
      List.of("1e3", "2024-01-15", "yes", "null", "0x1f", "1.0", "on", "08", "1e1-0");

  static final List<String> KEYS =
      List.of("1e3", "yes", "2024-01-15", "1_000", ".5", "null", "08", "-1");

  @Test
  void noGeneratedScalarChangesTypeForAnyReaderAndKustomizeKeepsEveryValue(@TempDir Path dir)
      throws Exception {
    Random random = new Random(SEED);
    int kustomized = 0;
    for (int run = 0; run < COMPILES; run++) {
      Map<String, String> options = options(random);
      String first = pick(random, SERVICE_NAMES);
      String second = pick(random, SERVICE_NAMES.stream().filter(n -> !n.equals(first)).toList());
      Output output =
          compile(
              options,
              service(
                  "FirstService",
                  serviceSource(
                      random,
                      first,
                      "image = \"ghcr.io/acme/" + first + ":" + pick(random, TAGS) + "\"",
                      second)),
              service(
                  "SecondService",
                  serviceSource(
                      random,
                      second,
                      // with -Aslipway.tag, the image from -Aslipway.registry
                      options.containsKey("slipway.tag")
                          ? "image = \"\""
                          : "image = \"ghcr.io/acme/" + second + ":" + pick(random, TAGS) + "\"",
                      "")));
      String what =
          "compile "
              + run
              + " (seed "
              + SEED
              + ") with "
              + options
              + " and services "
              + first
              + ", "
              + second;
      Compilation compilation = output.compilation();
      assertEquals(
          Compilation.Status.SUCCESS,
          compilation.status(),
          what
              + ": "
              + compilation.diagnostics().stream()
                  .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                  .map(d -> d.getMessage(Locale.ROOT))
                  .collect(Collectors.joining("\n")));
      List<String> problems = new ArrayList<>();
      for (Map.Entry<String, String> file : output.files().entrySet()) {
        if (file.getKey().endsWith(".yaml")) {
          YamlTypes.problems(file.getValue()).forEach(p -> problems.add(file.getKey() + " " + p));
          for (String patch : embeddedPatches(file.getValue())) {
            YamlTypes.problems(patch).forEach(p -> problems.add(file.getKey() + " (patch) " + p));
          }
        }
      }
      assertEquals(List.of(), problems, what);
      if (kustomized++ < KUSTOMIZED) {
        Path out = Files.createDirectories(dir.resolve(Integer.toString(run)));
        output.writeTo(out);
        for (String service : List.of(first, second)) {
          for (String environment : options.get("slipway.environments").split(",")) {
            String rendered = output.file(service + "/rendered/" + environment + ".yaml");
            String built = Kustomize.build(out.resolve(service + "/overlays/" + environment));
            List<Object> expected = sorted(YamlTypes.readAsMeant(rendered));
            List<Object> actual = sorted(YamlTypes.readAsMeant(built));
            assertEquals(
                List.of(),
                differences("", expected, actual),
                what + ": kustomize changed a value of " + service + " in " + environment);
          }
        }
      }
    }
  }

  @Test
  void theOracleSeesWhatEachReaderRetypes() {
    assertFalse(YamlTypes.problems("v: 2024-01-15\n").isEmpty());
    assertFalse(YamlTypes.problems("v: 2024-1-5\n").isEmpty()); // Go only
    assertFalse(YamlTypes.problems("v: 1e1_0\n").isEmpty()); // Go only
    assertFalse(YamlTypes.problems("v: 1:30\n").isEmpty()); // YAML 1.1 only
    assertFalse(YamlTypes.problems("v: y\n").isEmpty()); // Go yaml.v2 only
    assertFalse(YamlTypes.problems("v: 0o17\n").isEmpty());
    assertFalse(YamlTypes.problems("v: 0777\n").isEmpty());
    assertFalse(YamlTypes.problems("1: x\n").isEmpty()); // keys too
    assertTrue(
        YamlTypes.problems(
                "v: '2024-01-15'\nnum: 1\nflag: true\nratio: 0.25\nnone: null\nname: orders\n")
            .isEmpty());
  }

  private static Map<String, String> options(Random random) {
    Map<String, String> options = new HashMap<>();
    String environments = pick(random, ENVIRONMENTS);
    List<String> names = List.of(environments.split(","));
    options.put("slipway.environments", environments);
    options.put("slipway.rendered", "true");
    if (random.nextBoolean()) {
      options.put("slipway.tag", pick(random, TAGS));
    }
    if (names.size() > 1) {
      options.put("slipway.environmentTags", names.get(0) + "=" + pick(random, TAGS));
    }
    options.put(
        "slipway.registry",
        pick(random, List.of("1e3.io/2024-01-15", "registry.example.com/yes", "0x1f.io/on")));
    options.put(
        "slipway.namespace",
        pick(random, List.of("{env}", "{service}-{env}", "{env}-{service}", "1e3-{env}")));
    options.put(
        "slipway.runbookBaseUrl",
        pick(random, List.of("http://1e3.example/2024-01-15", "https://yes.example/null")));
    options.put(
        "slipway.prometheusUrl",
        pick(random, List.of("http://1e3.example:9090", "http://on.example:8080")));
    return options;
  }

  /** One service whose every string is a hostile value; {@code dependsOn} may name the other. */
  private static String serviceSource(Random r, String name, String image, String dependsOn) {
    StringBuilder env = new StringBuilder();
    List<String> names = new ArrayList<>(ENV_VAR_NAMES);
    java.util.Collections.shuffle(names, r);
    env.append("@Env(name = ")
        .append(literal(names.get(0)))
        .append(", value = ")
        .append(literal(pick(r, ENV_VALUES)))
        .append("), ");
    env.append("@Env(name = ")
        .append(literal(names.get(1)))
        .append(", value = ")
        .append(literal(pick(r, ENV_VALUES)))
        .append("), ");
    env.append("@Env(name = ")
        .append(literal(names.get(2)))
        .append(", secret = ")
        .append(literal(pick(r, OBJECT_NAMES)))
        .append(", key = ")
        .append(literal(pick(r, KEYS)))
        .append("), ");
    env.append("@Env(name = ")
        .append(literal(names.get(3)))
        .append(", configMap = ")
        .append(literal(pick(r, OBJECT_NAMES)))
        .append(", key = ")
        .append(literal(pick(r, KEYS)))
        .append(")");
    return "@Service(name = "
        + literal(name)
        + ", "
        + image
        + ", team = "
        + literal(pick(r, TEAMS))
        + ", env = {"
        + env
        + "}"
        + (dependsOn.isEmpty() ? "" : ", dependsOn = " + literal(dependsOn))
        + ")\n"
        + "@Scaling(min = 2, max = 4)\n"
        + "@HealthCheck\n"
        + (r.nextBoolean() ? "@Canary\n" : "@BlueGreen\n")
        + "@Expose(via = Expose.Via.INGRESS, host = "
        + literal(pick(r, HOSTS))
        + ", tlsSecret = "
        + literal(pick(r, OBJECT_NAMES))
        + ", ingressClass = "
        + literal(pick(r, OBJECT_NAMES))
        + ")\n";
  }

  /**
   * The {@code patch: |} blocks of an overlay kustomization, which kustomize parses as YAML too.
   */
  private static List<String> embeddedPatches(String yaml) {
    List<String> patches = new ArrayList<>();
    for (Object document : YamlTypes.readAsMeant(yaml)) {
      if (document instanceof Map<?, ?> map && map.get("patches") instanceof List<?> list) {
        for (Object entry : list) {
          if (entry instanceof Map<?, ?> patch && patch.get("patch") instanceof String text) {
            patches.add(text);
          }
        }
      }
    }
    return patches;
  }

  /** Objects in a stable order: by kind and name. */
  private static List<Object> sorted(List<Object> objects) {
    return objects.stream()
        .sorted(
            Comparator.comparing(
                o ->
                    o instanceof Map<?, ?> m
                        ? m.get("kind")
                            + "/"
                            + (m.get("metadata") instanceof Map<?, ?> md ? md.get("name") : "")
                        : String.valueOf(o)))
        .toList();
  }

  /** Where {@code a} and {@code b} differ, with the values and their Java types. */
  private static List<String> differences(String path, Object a, Object b) {
    List<String> found = new ArrayList<>();
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      java.util.Set<Object> keys = new java.util.TreeSet<>(Comparator.comparing(String::valueOf));
      keys.addAll(x.keySet());
      keys.addAll(y.keySet());
      for (Object key : keys) {
        found.addAll(differences(path + "/" + key, x.get(key), y.get(key)));
      }
    } else if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
      for (int i = 0; i < x.size(); i++) {
        found.addAll(differences(path + "/" + i, x.get(i), y.get(i)));
      }
    } else if (!java.util.Objects.equals(a, b)) {
      found.add(path + ": " + describe(a) + " became " + describe(b));
    }
    return found;
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }

  private static <T> T pick(Random r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  private static String literal(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
