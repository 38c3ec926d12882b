package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-EXP-002: the exposed path prefix is an absolute URL path. */
public final class InvalidExposePath extends ServiceRule {

  private static final String ADVICE = "write a path prefix starting with '/', e.g. \"/orders\"";

  public InvalidExposePath() {
    super(
        "SLW-EXP-002",
        Severity.ERROR,
        "@Expose(path) is an absolute URL path",
        "Kubernetes rejects a Prefix path that is not absolute; spaces, queries and fragments"
            + " never match a request path.",
        "Write a path prefix starting with '/', e.g. \"/\" or \"/orders\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.expose().stream()
        .map(expose -> Attribute.of("Expose", "path", expose.path()))
        .flatMap(path -> checkGrammar(path, Grammar.HTTP_PATH, ADVICE));
  }
}
