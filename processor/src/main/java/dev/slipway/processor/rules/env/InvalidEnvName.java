package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-ENV-001: environment variable names are valid for every supported Kubernetes version. */
public final class InvalidEnvName extends ServiceRule {

  private static final Grammar<String> NAME = KubernetesNames::envVarNameProblem;

  private static final String ADVICE =
      "use letters, digits and '_', starting with a letter, e.g. \"LOG_LEVEL\"";

  public InvalidEnvName() {
    super(
        "SLW-ENV-001",
        Severity.ERROR,
        "@Env(name) is a valid environment variable name",
        "Kubernetes before 1.34 rejects the Deployment when a name is not letters, digits, '_',"
            + " '-' and '.' starting with a non-digit.",
        "Use letters, digits and '_', starting with a letter, e.g. \"LOG_LEVEL\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      findings.addAll(checkGrammar(Attribute.of("Env", "name", env.name()), NAME, ADVICE).toList());
    }
    return findings.stream();
  }
}
