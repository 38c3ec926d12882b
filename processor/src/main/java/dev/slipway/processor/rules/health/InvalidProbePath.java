package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** SLW-HLT-002: probe paths are absolute URL paths without spaces, query or fragment. */
public final class InvalidProbePath extends ServiceRule {

  /** An absolute path, or "" for no probe. */
  private static final Grammar<String> PATH = Grammar.emptyOr(Grammar.HTTP_PATH);

  private static final Map<String, String> ADVICE =
      Map.of(
          "liveness", "write an absolute path such as \"/health/live\"",
          "readiness", "write an absolute path such as \"/health/ready\"",
          "startup", "write an absolute path such as \"/health/started\"");

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
    if (service.healthCheck().isEmpty()) {
      return Stream.empty();
    }
    HealthCheckModel health = service.healthCheck().get();
    List<Finding> findings = new ArrayList<>();
    for (Attribute<String> path :
        List.of(
            Attribute.of("HealthCheck", "liveness", health.liveness()),
            Attribute.of("HealthCheck", "readiness", health.readiness()),
            Attribute.of("HealthCheck", "startup", health.startup()))) {
      findings.addAll(checkGrammar(path, PATH, ADVICE.get(path.member())).toList());
    }
    return findings.stream();
  }
}
