package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-ENVS-001: an {@code @Environment} names an environment of {@code -Aslipway.environments}. */
public final class UnknownEnvironment extends ServiceRule {

  public UnknownEnvironment() {
    super(
        "SLW-ENVS-001",
        Severity.ERROR,
        "@Environment(name) is one of -Aslipway.environments",
        "An override of an environment the compile does not generate would be silently ignored:"
            + " usually a typo (\"stagging\") or an environment renamed in the build but not in"
            + " the code.",
        "Name one of the environments of -Aslipway.environments, or add the environment to the"
            + " option.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<String> environments = compilation.options().environments();
    if (environments.isEmpty()) {
      return Stream.empty(); // SLW-OPT-005
    }
    String production = compilation.options().productionEnvironment();
    List<String> others = new ArrayList<>();
    for (String e : environments) {
      if (!e.equals(production)) {
        others.add(Describe.literal(e));
      }
    }
    String choices = String.join(", ", others);
    List<Finding> findings = new ArrayList<>();
    for (EnvironmentModel e : service.environments()) {
      if (!environments.contains(e.environment())) {
        findings.add(
            finding(
                Overrides.name(e),
                "is not an environment of "
                    + Describe.option(Options.ENVIRONMENTS, String.join(",", environments))
                    + "; "
                    + (choices.isEmpty()
                        ? "the only environment is production, which takes no override"
                        : "name one of " + choices)
                    + ", or add "
                    + Describe.literal(e.environment())
                    + " to the option"));
      }
    }
    return findings.stream();
  }
}
