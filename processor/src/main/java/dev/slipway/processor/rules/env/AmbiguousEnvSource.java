package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** SLW-ENV-003: an environment variable has one source: a value, a Secret or a ConfigMap. */
public final class AmbiguousEnvSource extends ServiceRule {

  public AmbiguousEnvSource() {
    super(
        "SLW-ENV-003",
        Severity.ERROR,
        "Each @Env has exactly one of value, secret and configMap",
        "A Kubernetes env var has one source; with two, one of them would be silently ignored.",
        "Keep exactly one of value, secret and configMap.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return service.env().stream().flatMap(this::check);
  }

  private Stream<Finding> check(EnvModel env) {
    Map<String, Located<String>> sources = new LinkedHashMap<>();
    sources.put("value", env.value());
    sources.put("secret", env.secret());
    sources.put("configMap", env.configMap());
    sources.values().removeIf(source -> source.value().isEmpty());
    if (sources.size() < 2) {
      return Stream.empty();
    }
    // Point at the last source written: the one most likely added by mistake.
    String last = sources.keySet().stream().reduce((a, b) -> b).orElseThrow();
    return Stream.of(
        finding(
            sources.get(last).origin(),
            EnvAttributes.named(env)
                + " has "
                + String.join(" and ", sources.keySet())
                + "; keep exactly one source: value, secret or configMap"));
  }
}
