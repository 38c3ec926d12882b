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
import java.util.Optional;
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
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      Optional<String> kind = Credentials.credentialIn(env.value().value());
      if (kind.isPresent()) {
        findings.add(
            finding(
                env.value().origin(),
                EnvAttributes.named(env)
                    + " has a literal value that looks like "
                    + kind.get()
                    + " (not repeated here); store it in a Secret, use secret ="
                    + " \"<secret>\", key = \"<key>\", and rotate it"));
      }
    }
    return findings.stream();
  }
}
