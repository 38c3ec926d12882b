package com.acme.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A real Prometheus on loopback, with its storage in a temporary folder, and its HTTP API. */
final class PrometheusServer implements AutoCloseable {

  /** One scrape job: a target on loopback with the labels Kubernetes discovery would give it. */
  record Job(String name, int port, String metricsPath, Map<String, String> labels) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final RunningProcess process;
  private final URI api;

  private PrometheusServer(RunningProcess process, int port) {
    this.process = process;
    this.api = URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Starts {@code binary} scraping {@code jobs} and evaluating {@code ruleFiles}, every second. */
  static PrometheusServer start(Path binary, List<Job> jobs, List<Path> ruleFiles, Path dir) {
    ObjectNode config = JSON.createObjectNode();
    config.putObject("global").put("scrape_interval", "1s").put("evaluation_interval", "1s");
    ArrayNode rules = config.putArray("rule_files");
    ruleFiles.forEach(file -> rules.add(file.toAbsolutePath().toString()));
    ArrayNode scrapes = config.putArray("scrape_configs");
    for (Job job : jobs) {
      ObjectNode scrape =
          scrapes.addObject().put("job_name", job.name()).put("metrics_path", job.metricsPath());
      ObjectNode target = scrape.putArray("static_configs").addObject();
      target.putArray("targets").add("127.0.0.1:" + job.port());
      ObjectNode labels = target.putObject("labels");
      job.labels().forEach(labels::put);
    }
    Path configFile = dir.resolve("prometheus.yml");
    try {
      YAML.writeValue(configFile.toFile(), config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int port = RunningProcess.freePort();
    RunningProcess process =
        RunningProcess.start(
            "prometheus",
            List.of(
                binary.toString(),
                "--config.file=" + configFile,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn"),
            Map.of(),
            dir);
    return new PrometheusServer(process, port);
  }

  RunningProcess process() {
    return process;
  }

  boolean ready() {
    try {
      return get("-/ready").statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code /api/v1/query}: the whole answer, whose {@code status} is success or error. */
  JsonNode query(String expr) throws IOException {
    return api("api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
  }

  JsonNode targets() throws IOException {
    return api("api/v1/targets").path("data").path("activeTargets");
  }

  /** Every rule of every group, with its {@code health} and {@code lastError}. */
  JsonNode ruleGroups() throws IOException {
    return api("api/v1/rules").path("data").path("groups");
  }

  JsonNode alerts() throws IOException {
    return api("api/v1/alerts").path("data").path("alerts");
  }

  private JsonNode api(String path) throws IOException {
    return JSON.readTree(get(path).body());
  }

  private HttpResponse<String> get(String path) throws IOException {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public void close() {
    process.close();
  }
}
