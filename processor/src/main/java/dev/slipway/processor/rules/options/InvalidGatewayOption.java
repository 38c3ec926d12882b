package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.GatewayReference;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-OPT-012: {@code slipway.gateway} names a Gateway as {@code <namespace>/<name>}. */
public final class InvalidGatewayOption extends OptionRule {

  public InvalidGatewayOption() {
    super(
        "SLW-OPT-012",
        Severity.ERROR,
        "-Aslipway.gateway is <namespace>/<name> of a Gateway",
        "Every @Expose that names no Gateway attaches its HTTPRoute to this one; a parentRef without"
            + " the Gateway's namespace, or with a name Kubernetes rejects, attaches to nothing.",
        "Pass the platform's Gateway with its namespace, e.g. -Aslipway.gateway=infra/public.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    if (options.gateway().isEmpty()) {
      return Stream.empty();
    }
    Optional<String> problem = GatewayReference.problem(options.gateway());
    if (problem.isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            written(options, Options.GATEWAY)
                + " "
                + problem.get()
                + "; pass the Gateway with its namespace, e.g."
                + " -Aslipway.gateway=infra/public"));
  }
}
