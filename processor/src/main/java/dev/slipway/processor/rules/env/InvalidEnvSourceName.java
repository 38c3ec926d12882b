package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.stream.Stream;

/** SLW-ENV-007: Secret and ConfigMap names are DNS-1123 subdomains. */
public final class InvalidEnvSourceName extends ServiceRule {

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
    return service.env().stream()
        .flatMap(env -> Stream.concat(check(env, "secret", env.secret()), check(env, "configMap", env.configMap())));
  }

  private Stream<Finding> check(EnvModel env, String member, Located<String> name) {
    if (name.value().isEmpty()) {
      return Stream.empty();
    }
    return KubernetesNames.dns1123SubdomainProblem(name.value()).stream()
        .map(
            problem ->
                finding(
                    name.origin(),
                    EnvAttributes.describe(env, member, name.value())
                        + " "
                        + problem
                        + "; a "
                        + (member.equals("secret") ? "Secret" : "ConfigMap")
                        + " name is lowercase letters, digits, '-' and '.', starting and ending"
                        + " with a letter or digit"));
  }
}
