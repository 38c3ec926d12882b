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

/** SLW-ENV-008: a Secret or ConfigMap key is a valid key. */
public final class InvalidEnvKey extends ServiceRule {

  private static final Grammar<String> KEY = Grammar.emptyOr(KubernetesNames::configKeyProblem);

  private static final String ADVICE = "a key is letters, digits, '-', '_' and '.', e.g. \"url\"";

  public InvalidEnvKey() {
    super(
        "SLW-ENV-008",
        Severity.ERROR,
        "@Env(key) is a valid Secret or ConfigMap key",
        "Kubernetes rejects a key that is not letters, digits, '-', '_' and '.'.",
        "Write the key as it appears in the Secret or ConfigMap, e.g. \"url\" or \"db.password\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      findings.addAll(checkGrammar(EnvAttributes.of(env, "key", env.key()), KEY, ADVICE).toList());
    }
    return findings.stream();
  }
}
