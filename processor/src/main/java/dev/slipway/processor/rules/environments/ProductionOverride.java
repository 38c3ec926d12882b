package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SLW-ENVS-002: production takes no {@code @Environment}: it runs exactly what the base annotations
 * say, so that reading {@code @Service}, {@code @Scaling} and {@code @Expose} tells what production
 * runs.
 */
public final class ProductionOverride extends ServiceRule {

  public ProductionOverride() {
    super(
        "SLW-ENVS-002",
        Severity.ERROR,
        "@Environment does not override production",
        "Production is exactly the base annotations: an override of it would make the base"
            + " describe an environment that does not exist, and every other environment inherit"
            + " values production does not run.",
        "Write production's values in the base annotations themselves, and override the other"
            + " environments.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    String production = compilation.options().productionEnvironment();
    List<Finding> findings = new ArrayList<>();
    for (EnvironmentModel e : service.environments()) {
      if (!production.isEmpty() && e.environment().equals(production)) {
        findings.add(
            finding(
                Overrides.name(e),
                "overrides production, the last of -Aslipway.environments, which runs exactly"
                    + " what the base annotations say; write these values in @Service,"
                    + " @Scaling or @Expose instead"));
      }
    }
    return findings.stream();
  }
}
