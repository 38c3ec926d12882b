package dev.slipway.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service as one non-production environment runs it, for the rules: the base annotations with the
 * environment's {@code @Environment} override applied to the values the rules check, each
 * overridden value located on the override ({@link Located#environment()}). Replica ranges and
 * hosts are not applied here; SLW-ENVS-007 and SLW-ENVS-009 check them with what the environment
 * derives from the base.
 */
public final class EffectiveService {

  private EffectiveService() {}

  /**
   * The overrides that apply in a compile: of an environment of the compile other than production,
   * the first for each environment (SLW-ENVS-001 to 003 report the others).
   */
  public static List<EnvironmentModel> overrides(ServiceModel service, Options options) {
    List<String> environments = options.environments();
    String production = options.productionEnvironment();
    Set<String> seen = new HashSet<>();
    List<EnvironmentModel> overrides = new ArrayList<>();
    for (EnvironmentModel override : service.environments()) {
      String name = override.environment();
      if (environments.contains(name) && !name.equals(production) && seen.add(name)) {
        overrides.add(override);
      }
    }
    return overrides;
  }

  /** {@code service} in the environment of {@code override}. */
  public static ServiceModel in(ServiceModel service, EnvironmentModel override) {
    String name = override.environment();
    ResourcesModel base = service.resources();
    ResourcesModel resources =
        new ResourcesModel(
            base.origin(),
            either(override.cpu(), base.cpu(), name),
            either(override.memory(), base.memory(), name),
            either(override.cpuLimit(), base.cpuLimit(), name),
            either(override.memoryLimit(), base.memoryLimit(), name));
    return service.with(resources, env(service.env(), override.env()), canary(service, override));
  }

  private static Located<String> either(
      Located<String> override, Located<String> base, String environment) {
    return override.value().isEmpty() ? base : override.in(environment);
  }

  /** The base's variables, an override's entry replacing the one of its name or added. */
  private static List<EnvModel> env(List<EnvModel> base, List<EnvModel> overrides) {
    List<EnvModel> env = new ArrayList<>(base);
    for (EnvModel variable : overrides) {
      int replaced = -1;
      for (int i = 0; i < env.size() && replaced < 0; i++) {
        if (env.get(i).name().value().equals(variable.name().value())) {
          replaced = i;
        }
      }
      if (replaced < 0) {
        env.add(variable);
      } else {
        env.set(replaced, variable);
      }
    }
    return env;
  }

  /** The canary with the environment's steps, pause and gate; none for a rolling update. */
  private static Optional<CanaryModel> canary(ServiceModel service, EnvironmentModel override) {
    if (override.rollingUpdate().value()) {
      return Optional.empty();
    }
    String name = override.environment();
    return service
        .canary()
        .map(
            c ->
                new CanaryModel(
                    c.origin(),
                    c.position(),
                    override.steps().value().isEmpty() ? c.steps() : override.steps().in(name),
                    either(override.pause(), c.pause(), name),
                    c.maxErrorRate(),
                    c.maxLatencyP99(),
                    override.manualGate().value().equals(EnvironmentModel.INHERIT)
                        ? c.manualGate()
                        : override
                            .manualGate()
                            .as(override.manualGate().value().equals(EnvironmentModel.MANUAL))
                            .in(name),
                    c.header(),
                    c.headerValue()));
  }
}
