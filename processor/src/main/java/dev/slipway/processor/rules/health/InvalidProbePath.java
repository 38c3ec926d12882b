package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.HttpPaths;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** SLW-HLT-002: probe paths are absolute URL paths without spaces, query or fragment. */
public final class InvalidProbePath extends ServiceRule {

  private static final Map<String, String> EXAMPLES =
      Map.of("liveness", "/health/live", "readiness", "/health/ready", "startup", "/health/started");

  public InvalidProbePath() {
    super(
        "SLW-HLT-002",
        Severity.ERROR,
        "@HealthCheck paths are absolute URL paths",
        "The kubelet requests the path as written: a relative path, a space or a query makes"
            + " every probe fail, and the pods never become ready or restart in a loop.",
        "Write an absolute path such as \"/health/ready\", or \"\" for no liveness or startup"
            + " probe.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.healthCheck().stream()
        .flatMap(
            health -> {
              Map<String, Located<String>> paths = new LinkedHashMap<>();
              paths.put("liveness", health.liveness());
              paths.put("readiness", health.readiness());
              paths.put("startup", health.startup());
              return paths.entrySet().stream()
                  .filter(path -> !path.getValue().value().isEmpty())
                  .flatMap(
                      path ->
                          HttpPaths.problem(path.getValue().value()).stream()
                              .map(
                                  problem ->
                                      finding(
                                          path.getValue().origin(),
                                          Describe.attribute(
                                                  "HealthCheck", path.getKey(), path.getValue().value())
                                              + " "
                                              + problem
                                              + "; write an absolute path such as "
                                              + Describe.literal(EXAMPLES.get(path.getKey())))));
            });
  }
}
