package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ExposeModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-EXP-002: the exposed path prefix is an absolute URL path; on a Gateway route also one the
 * Gateway API's validation of a {@code PathPrefix} match accepts: no empty, {@code .} or {@code ..}
 * segment and no encoded {@code /}.
 */
public final class InvalidExposePath extends ServiceRule {

  private static final String ADVICE = "write a path prefix starting with '/', e.g. \"/orders\"";

  /** What the Gateway API's CEL rules on an HTTPRoute path reject beyond a URL path's syntax. */
  private static final List<String> NOT_IN_A_ROUTE = List.of("//", "/./", "/../", "%2f", "%2F");

  private static final Grammar<String> ROUTE_PATH =
      path -> {
        Optional<String> problem = Grammar.HTTP_PATH.problem(path);
        if (problem.isPresent()) {
          return problem;
        }
        for (String part : NOT_IN_A_ROUTE) {
          if (path.contains(part)) {
            return Optional.of(
                "contains \"" + part + "\", which an HTTPRoute path does not accept");
          }
        }
        return path.endsWith("/.") || path.endsWith("/..")
            ? Optional.of(
                "ends with a '.' or '..' segment, which an HTTPRoute path does not accept")
            : Optional.empty();
      };

  public InvalidExposePath() {
    super(
        "SLW-EXP-002",
        Severity.ERROR,
        "@Expose(path) is an absolute URL path",
        "Kubernetes rejects a Prefix path that is not absolute, and an HTTPRoute path with empty,"
            + " '.' or '..' segments or an encoded '/'; spaces, queries and fragments never match a"
            + " request path.",
        "Write a path prefix starting with '/', e.g. \"/\" or \"/orders\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.expose().isEmpty()) {
      return Stream.empty();
    }
    ExposeModel expose = service.expose().get();
    return checkGrammar(
        Attribute.of("Expose", "path", expose.path()),
        expose.throughGateway() ? ROUTE_PATH : Grammar.HTTP_PATH,
        ADVICE);
  }
}
