package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SLW-ENV-006: a variable whose name says it holds a credential ({@code *PASSWORD*}, {@code
 * *TOKEN*}, {@code *SECRET*}, {@code *API_KEY*}...) reads it from a Secret, not from a literal.
 * Values SLW-ENV-005 already recognises are left to it.
 */
public final class SensitiveNameWithLiteral extends ServiceRule {

  public SensitiveNameWithLiteral() {
    super(
        "SLW-ENV-006",
        Severity.ERROR,
        Guard.READINESS,
        "A credential-named @Env reads a Secret, not a literal value",
        "A literal is in the source, the jar and every manifest; Polaris and kube-linter flag the"
            + " same pattern (sensitiveContainerEnvVar, env-var-secret).",
        "Use secret = \"<secret>\", key = \"<key>\"; for a name that only looks sensitive (such as"
            + " TOKEN_TTL_SECONDS), waive the rule with that reason.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      if (!env.value().value().isEmpty()
          && Credentials.sensitiveName(env.name().value())
          && Credentials.credentialIn(env.value().value()).isEmpty()) {
        findings.add(
            finding(
                env.value().origin(),
                EnvAttributes.named(env)
                    + " names a credential but has a literal value; read it from a Secret:"
                    + " secret = \"<secret>\", key = \"<key>\""));
      }
    }
    return findings.stream();
  }
}
