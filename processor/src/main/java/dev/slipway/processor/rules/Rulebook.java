package dev.slipway.processor.rules;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.WaiverModel;
import dev.slipway.processor.rules.bluegreen.BlueGreenFamily;
import dev.slipway.processor.rules.canary.CanaryFamily;
import dev.slipway.processor.rules.dependencies.DependenciesFamily;
import dev.slipway.processor.rules.env.EnvFamily;
import dev.slipway.processor.rules.expose.ExposeFamily;
import dev.slipway.processor.rules.health.HealthFamily;
import dev.slipway.processor.rules.image.ImageFamily;
import dev.slipway.processor.rules.lifecycle.LifecycleFamily;
import dev.slipway.processor.rules.metrics.MetricsFamily;
import dev.slipway.processor.rules.resources.ResourcesFamily;
import dev.slipway.processor.rules.scaling.ScalingFamily;
import dev.slipway.processor.rules.service.CompanionWithoutService;
import dev.slipway.processor.rules.service.ServiceFamily;
import dev.slipway.processor.rules.slo.SloFamily;
import dev.slipway.processor.rules.waivers.WaiversFamily;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every rule Slipway applies, by family, and the waiver and profile logic around them. Each family
 * registers its own rules; {@code docs/rules.md} is generated from this list.
 */
public final class Rulebook {

  /** Every family, in id order. */
  public static final List<Family> FAMILIES =
      List.of(
          BlueGreenFamily.FAMILY,
          CanaryFamily.FAMILY,
          DependenciesFamily.FAMILY,
          EnvFamily.FAMILY,
          ExposeFamily.FAMILY,
          HealthFamily.FAMILY,
          ImageFamily.FAMILY,
          LifecycleFamily.FAMILY,
          MetricsFamily.FAMILY,
          ResourcesFamily.FAMILY,
          ScalingFamily.FAMILY,
          SloFamily.FAMILY,
          ServiceFamily.FAMILY,
          WaiversFamily.FAMILY);

  /** All rules, in id order. */
  public static final List<Rule> ALL = FAMILIES.stream().flatMap(family -> family.rules().stream()).toList();

  /** The rule that reports companion annotations on a class without {@code @Service}. */
  public static final CompanionWithoutService COMPANION_WITHOUT_SERVICE = ServiceFamily.COMPANION_WITHOUT_SERVICE;

  private Rulebook() {}

  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The findings for every service of the compile, less those the service waives. */
  public static List<Finding> check(Compilation compilation) {
    return compilation.services().stream()
        .flatMap(service -> check(service, compilation).stream())
        .toList();
  }

  /**
   * The findings for one service: every rule that applies under the compile's profile, less the
   * waivable rules the service waives with a reason.
   */
  public static List<Finding> check(ServiceModel service, Compilation compilation) {
    Set<String> waived =
        service.waivers().stream()
            .filter(w -> !w.reason().value().isBlank())
            .map(WaiverModel::rule)
            .map(r -> r.value())
            .collect(Collectors.toSet());
    boolean production = compilation.options().productionProfile();
    return ALL.stream()
        .filter(rule -> production || !rule.productionOnly())
        .filter(rule -> !(rule.waivable() && waived.contains(rule.id())))
        .flatMap(rule -> rule.check(service, compilation))
        .toList();
  }
}
