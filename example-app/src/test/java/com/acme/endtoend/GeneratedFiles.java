package com.acme.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the processor wrote for the example app under {@code target/classes/META-INF/slipway/}: read
 * from the files themselves, so the test checks them rather than repeating constants.
 */
final class GeneratedFiles {

  /** A probe of the workload's container: its path and container port number. */
  record Probe(String kind, String path, int containerPort) {}

  /**
   * One metric of a service's AnalysisTemplate: its query (with Argo's {@code {{args.x}}}
   * placeholders) and the bound its success condition compares the first result with.
   */
  record AnalysisMetric(String name, String query, double bound) {}

  static final Path ROOT = Path.of("target", "classes", "META-INF", "slipway");

  /** What the catalog's own compile (a Spring Boot module beside this one) generated. */
  static final Path CATALOG_ROOT =
      Path.of("..", "example-catalog", "target", "classes", "META-INF", "slipway");

  private static final List<Path> ROOTS = List.of(ROOT, CATALOG_ROOT);

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeneratedFiles() {}

  /** Every {@code <service>/prometheus/*.yaml}; fails when there is none. */
  static List<Path> ruleFiles() {
    return nonEmpty(
        files("prometheus", ".yaml"), "Prometheus rule files (<service>/prometheus/*.yaml)");
  }

  /** Every {@code <service>/grafana/*.json}; fails when there is none. */
  static List<Path> dashboards() {
    return nonEmpty(files("grafana", ".json"), "Grafana dashboards (<service>/grafana/*.json)");
  }

  /**
   * The liveness, readiness and startup probes of the service's workload (Deployment or Rollout).
   */
  static List<Probe> probes(String service) {
    JsonNode container = container(service);
    List<Probe> probes = new ArrayList<>();
    for (String kind : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      JsonNode get = container.path(kind).path("httpGet");
      if (!get.isMissingNode()) {
        probes.add(
            new Probe(kind, get.path("path").asText(), containerPort(container, get.path("port"))));
      }
    }
    if (probes.stream().noneMatch(p -> p.kind().equals("readinessProbe"))) {
      throw new AssertionError(service + "'s workload has no readiness probe");
    }
    return probes;
  }

  /** The metrics of {@code service}'s AnalysisTemplate, by name. */
  static Map<String, AnalysisMetric> analysis(String service) {
    Map<String, AnalysisMetric> metrics = new LinkedHashMap<>();
    for (JsonNode metric : object(service, "AnalysisTemplate").path("spec").path("metrics")) {
      String success = metric.path("successCondition").asText();
      String bound = success.substring(success.lastIndexOf("<=") + 2).trim();
      metrics.put(
          metric.path("name").asText(),
          new AnalysisMetric(
              metric.path("name").asText(),
              metric.path("provider").path("prometheus").path("query").asText(),
              Double.parseDouble(bound)));
    }
    if (metrics.isEmpty()) {
      throw new AssertionError(service + " has no AnalysisTemplate metrics");
    }
    return metrics;
  }

  /**
   * How the pod runs the service's JVM: the generated {@code JAVA_TOOL_OPTIONS}, and the
   * container's memory limit, which a process outside a container is given as {@code -XX:MaxRAM}.
   */
  record Jvm(String javaToolOptions, long memoryLimitBytes) {

    /**
     * The flag that makes a process outside a container see the pod's memory limit as its memory.
     */
    List<String> flags() {
      return List.of("-XX:MaxRAM=" + memoryLimitBytes);
    }
  }

  static Jvm jvm(String service) {
    JsonNode container = container(service);
    String options = null;
    for (JsonNode variable : container.path("env")) {
      if (variable.path("name").asText().equals("JAVA_TOOL_OPTIONS")) {
        options = variable.path("value").asText();
      }
    }
    if (options == null) {
      throw new AssertionError(
          service + "'s container does not size its JVM: no JAVA_TOOL_OPTIONS");
    }
    String limit = container.path("resources").path("limits").path("memory").asText();
    Matcher mebibytes = Pattern.compile("([0-9]+)(Mi|Gi)").matcher(limit);
    if (!mebibytes.matches()) {
      throw new AssertionError(service + "'s memory limit is not in Mi or Gi: " + limit);
    }
    long bytes = Long.parseLong(mebibytes.group(1)) << (mebibytes.group(2).equals("Gi") ? 30 : 20);
    return new Jvm(options, bytes);
  }

  static long terminationGracePeriodSeconds(String service) {
    JsonNode grace =
        object(service, "Deployment", "Rollout")
            .path("spec")
            .path("template")
            .path("spec")
            .path("terminationGracePeriodSeconds");
    if (!grace.canConvertToLong()) {
      throw new AssertionError(service + "'s workload sets no terminationGracePeriodSeconds");
    }
    return grace.asLong();
  }

  /**
   * The ServiceMonitor's scrape path, and the container port it reaches through the one Service its
   * selector picks (a Rollout's canary and stable Services must not be scraped a second time).
   */
  static Probe scrapeEndpoint(String service) {
    JsonNode monitor = object(service, "ServiceMonitor");
    JsonNode matchLabels = monitor.path("spec").path("selector").path("matchLabels");
    List<ObjectNode> selected =
        objects(service, "Service").stream()
            .filter(s -> selects(matchLabels, s.path("metadata").path("labels")))
            .toList();
    if (selected.size() != 1) {
      throw new AssertionError(
          "the ServiceMonitor of "
              + service
              + " selects "
              + selected.size()
              + " Services with "
              + matchLabels
              + ", not one");
    }
    JsonNode endpoint = monitor.path("spec").path("endpoints").path(0);
    String servicePortName = endpoint.path("port").asText();
    JsonNode targetPort = null;
    for (JsonNode port : selected.get(0).path("spec").path("ports")) {
      if (port.path("name").asText().equals(servicePortName)) {
        targetPort = port.path("targetPort");
      }
    }
    if (targetPort == null) {
      throw new AssertionError(
          "the ServiceMonitor of "
              + service
              + " names port '"
              + servicePortName
              + "', which its Service does not have");
    }
    return new Probe(
        "scrape", endpoint.path("path").asText(), containerPort(container(service), targetPort));
  }

  /** The value a dashboard variable starts with, as Grafana would show it. */
  static Map<String, String> dashboardVariables(JsonNode dashboard) {
    Map<String, String> values = new LinkedHashMap<>();
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      JsonNode current = variable.path("current").path("value");
      if (current.isTextual() && !variable.path("type").asText().equals("datasource")) {
        values.put(variable.path("name").asText(), current.asText());
      }
    }
    return values;
  }

  /** Every panel query ({@code targets[].expr}) of a dashboard, nested rows included. */
  static List<String> dashboardQueries(JsonNode dashboard) {
    List<String> queries = new ArrayList<>();
    collectQueries(dashboard.path("panels"), queries);
    return queries;
  }

  static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collectQueries(JsonNode panels, List<String> queries) {
    for (JsonNode panel : panels) {
      for (JsonNode target : panel.path("targets")) {
        if (target.hasNonNull("expr")) {
          queries.add(target.path("expr").asText());
        }
      }
      collectQueries(panel.path("panels"), queries);
    }
  }

  private static JsonNode container(String service) {
    JsonNode workload = object(service, "Deployment", "Rollout");
    for (JsonNode container :
        workload.path("spec").path("template").path("spec").path("containers")) {
      if (container.path("name").asText().equals(service)) {
        return container;
      }
    }
    throw new AssertionError("the workload of " + service + " has no container named " + service);
  }

  /** A port as a probe or Service names it: a number, or the name of a container port. */
  private static int containerPort(JsonNode container, JsonNode port) {
    if (port.canConvertToInt()) {
      return port.asInt();
    }
    for (JsonNode declared : container.path("ports")) {
      if (declared.path("name").asText().equals(port.asText())) {
        return declared.path("containerPort").asInt();
      }
    }
    throw new AssertionError("no container port named '" + port.asText() + "' in " + container);
  }

  private static boolean selects(JsonNode matchLabels, JsonNode labels) {
    if (matchLabels.isEmpty()) {
      return false;
    }
    for (var label : (Iterable<Map.Entry<String, JsonNode>>) matchLabels::fields) {
      if (!labels.path(label.getKey()).asText().equals(label.getValue().asText())) {
        return false;
      }
    }
    return true;
  }

  /** The one object of one of {@code kinds} in the service's kustomize base. */
  private static ObjectNode object(String service, String... kinds) {
    List<ObjectNode> found = objects(service, kinds);
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one "
              + String.join(" or ", kinds)
              + " in "
              + service
              + "/base, found "
              + found.size());
    }
    return found.get(0);
  }

  /** The objects of the given kinds in the service's kustomize base (its one stream of objects). */
  private static List<ObjectNode> objects(String service, String... kinds) {
    Path manifests =
        ROOTS.stream()
            .map(root -> root.resolve(service).resolve("base").resolve("manifests.yaml"))
            .filter(Files::exists)
            .findFirst()
            .orElse(ROOT.resolve(service).resolve("base").resolve("manifests.yaml"));
    List<ObjectNode> found = new ArrayList<>();
    try (MappingIterator<JsonNode> objects =
        YAML.readerFor(JsonNode.class).readValues(manifests.toFile())) {
      while (objects.hasNext()) {
        JsonNode object = objects.next();
        if (List.of(kinds).contains(object.path("kind").asText())) {
          found.add((ObjectNode) object);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("no kustomize base for " + service + " at " + manifests, e);
    }
    return found;
  }

  private static List<Path> files(String folder, String suffix) {
    List<Path> result = new ArrayList<>();
    for (Path root : ROOTS) {
      result.addAll(files(root, folder, suffix));
    }
    return result;
  }

  private static List<Path> files(Path root, String folder, String suffix) {
    try (Stream<Path> services = Files.list(root)) {
      List<Path> result = new ArrayList<>();
      for (Path service : services.sorted().toList()) {
        Path dir = service.resolve(folder);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(suffix)).sorted().forEach(result::add);
          }
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + root + ": were the example app and catalog compiled?", e);
    }
  }

  private static List<Path> nonEmpty(List<Path> files, String what) {
    if (files.isEmpty()) {
      throw new AssertionError(
          "the processor generated no "
              + what
              + " under "
              + ROOT.toAbsolutePath()
              + ": the end-to-end test needs them (is the observability emitter in Emitters.ALL?)");
    }
    return files;
  }
}
