package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/**
 * SLW-ENV-005: no literal value looks like a credential (a private key, a cloud or API token, a URL
 * with a password). The message never repeats the value: it is probably a real secret.
 */
public final class SecretLikeValue extends ServiceRule {

  public SecretLikeValue() {
    super(
        "SLW-ENV-005",
        Severity.ERROR,
        Guard.READINESS,
        "No @Env(value) looks like a credential",
        "A literal value is in the source, the jar and every generated manifest: a credential"
            + " there is leaked to everyone who can read any of them.",
        "Store the credential in a Secret and use secret = \"<secret>\", key = \"<key>\";"
            + " rotate the leaked one.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.env().stream()
        .flatMap(
            env ->
                Credentials.credentialIn(env.value().value()).stream()
                    .map(
                        kind ->
                            finding(
                                env.value().origin(),
                                EnvAttributes.named(env)
                                    + " has a literal value that looks like "
                                    + kind
                                    + " (not repeated here); store it in a Secret, use secret ="
                                    + " \"<secret>\", key = \"<key>\", and rotate it")));
  }
}
