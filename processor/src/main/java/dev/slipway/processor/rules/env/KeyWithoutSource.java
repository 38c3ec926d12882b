package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-ENV-004: {@code key} only makes sense with a Secret or ConfigMap to read it from. */
public final class KeyWithoutSource extends ServiceRule {

  public KeyWithoutSource() {
    super(
        "SLW-ENV-004",
        Severity.ERROR,
        "@Env(key) comes with a secret or configMap",
        "A key without a Secret or ConfigMap is ignored, so the variable gets the literal value"
            + " (often empty) instead of the intended one.",
        "Add secret = \"...\" or configMap = \"...\", or remove key.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      if (!env.key().value().isEmpty()
          && env.secret().value().isEmpty()
          && env.configMap().value().isEmpty()) {
        findings.add(
            finding(
                EnvAttributes.of(env, "key", env.key()),
                "has a key but no secret or configMap to read it from; add secret = \"...\" or"
                    + " configMap = \"...\", or remove key"));
      }
    }
    return findings.stream();
  }
}
