package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Rule;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.rules.env.EnvFamily;
import java.util.List;
import java.util.stream.Stream;

/**
 * SLW-ENVS-010: the {@code @Env} entries of an {@code @Environment} pass the checks of a value that
 * would not work that {@code @Service(env)} passes (the SLW-ENV errors that cannot be waived: the
 * variable's name, one source, a key with a source, Secret, ConfigMap and key names).
 */
public final class InvalidEnvironmentEnv extends ServiceRule {

  /** The SLW-ENV rules applied to the overrides' entries. */
  private static final List<Rule> CHECKS =
      EnvFamily.FAMILY.rules().stream()
          .filter(r -> r.severity() == Severity.ERROR && !r.waivable())
          .toList();

  public InvalidEnvironmentEnv() {
    super(
        "SLW-ENVS-010",
        Severity.ERROR,
        "@Environment(env) entries are valid @Env entries",
        "Kubernetes rejects a variable with an invalid name or a Secret or ConfigMap reference"
            + " that is not a name, so the environment's overlay would not apply; a second source"
            + " or a key without one would be silently ignored.",
        "Fix the entry as the message says, as for @Service(env): see the SLW-ENV rule it names.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return Overrides.checked(service, compilation).stream()
        .filter(e -> !e.env().isEmpty())
        .flatMap(e -> check(service.withEnv(e.env()), e, compilation));
  }

  private Stream<Finding> check(ServiceModel service, EnvironmentModel e, Compilation compilation) {
    return CHECKS.stream()
        .flatMap(rule -> ((ServiceRule) rule).check(service, compilation))
        .map(
            f -> {
              String message = f.message();
              String body = message.substring(message.indexOf(']') + 2);
              return finding(
                  f.origin(),
                  body + " (in " + e.environment() + ", as " + f.rule().id() + " checks)");
            });
  }
}
