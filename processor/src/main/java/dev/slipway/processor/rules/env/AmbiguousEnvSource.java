package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
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
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      findings.addAll(check(env).toList());
    }
    return findings.stream();
  }

  private Stream<Finding> check(EnvModel env) {
    List<Attribute<String>> sources = new ArrayList<>();
    for (Attribute<String> source :
        List.of(
            Attribute.of("Env", "value", env.value()),
            Attribute.of("Env", "secret", env.secret()),
            Attribute.of("Env", "configMap", env.configMap()))) {
      if (!source.value().isEmpty()) {
        sources.add(source);
      }
    }
    if (sources.size() < 2) {
      return Stream.empty();
    }
    // Point at the last source written: the one most likely added by mistake.
    return Stream.of(
        finding(
            sources.get(sources.size() - 1).origin(),
            EnvAttributes.named(env)
                + " has "
                + members(sources)
                + "; keep exactly one source: value, secret or configMap"));
  }

  /** {@code value and secret}: the members of {@code sources}, in order. */
  private static String members(List<Attribute<String>> sources) {
    List<String> members = new ArrayList<>();
    for (Attribute<String> source : sources) {
      members.add(source.member());
    }
    return String.join(" and ", members);
  }
}
