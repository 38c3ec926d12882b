package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EffectiveService;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ScalingModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.plan.Environment;
import dev.slipway.processor.plan.Replicas;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import java.util.List;
import java.util.Optional;

/** What the {@code @Environment} rules share: which overrides they check and how they name them. */
final class Overrides {

  private Overrides() {}

  /** The overrides the value rules check; see {@link EffectiveService#overrides}. */
  static List<EnvironmentModel> checked(ServiceModel service, Compilation compilation) {
    return EffectiveService.overrides(service, compilation.options());
  }

  /**
   * {@code member} of {@code override}, named with it: {@code @Environment(name = "dev", cpu =
   * "1")}.
   */
  static <T> Attribute<T> of(EnvironmentModel override, String member, Located<T> value) {
    return new Attribute<>(
        "Environment", "name = " + Describe.literal(override.environment()), member, value);
  }

  /** The override's name as written: {@code @Environment(name = "dev")}. */
  static Attribute<String> name(EnvironmentModel override) {
    return Attribute.of("Environment", "name", override.name());
  }

  /** Whether a string override is set. */
  static boolean set(Located<String> value) {
    return !value.value().isEmpty();
  }

  /** The base replica range: {@code @Scaling}, a job's one pod, or the fixed default. */
  static Replicas base(ServiceModel service) {
    if (service.isJob()) {
      return new Replicas(1, 1, 0, 0);
    }
    if (service.scaling().isEmpty()) {
      return Replicas.FIXED_DEFAULT;
    }
    ScalingModel s = service.scaling().get();
    return new Replicas(s.min().value(), s.max().value(), 0, 0);
  }

  /** The tier of {@code name} in the compile's environments. */
  static Optional<Environment.Tier> tier(String name, Compilation compilation) {
    for (Environment e : Environment.all(compilation.options())) {
      if (e.name().equals(name)) {
        return Optional.of(e.tier());
      }
    }
    return Optional.empty();
  }
}
