package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-ENV-007: Secret and ConfigMap names are DNS-1123 subdomains. */
public final class InvalidEnvSourceName extends ServiceRule {

  private static final Grammar<String> NAME =
      Grammar.emptyOr(KubernetesNames::dns1123SubdomainProblem);

  private static final String NAMES =
      "lowercase letters, digits, '-' and '.', starting and ending with a letter or digit";

  private static final String SECRET_ADVICE = "a Secret name is " + NAMES;

  private static final String CONFIG_MAP_ADVICE = "a ConfigMap name is " + NAMES;

  public InvalidEnvSourceName() {
    super(
        "SLW-ENV-007",
        Severity.ERROR,
        "@Env(secret) and @Env(configMap) are valid object names",
        "Kubernetes rejects the Deployment when a referenced Secret or ConfigMap name is not a"
            + " DNS-1123 subdomain.",
        "Use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      findings.addAll(
          checkGrammar(EnvAttributes.of(env, "secret", env.secret()), NAME, SECRET_ADVICE)
              .toList());
      findings.addAll(
          checkGrammar(EnvAttributes.of(env, "configMap", env.configMap()), NAME, CONFIG_MAP_ADVICE)
              .toList());
    }
    return findings.stream();
  }
}
