package dev.slipway.processor.rules;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.WaiverModel;
import dev.slipway.processor.rules.bluegreen.BlueGreenFamily;
import dev.slipway.processor.rules.canary.CanaryFamily;
import dev.slipway.processor.rules.dependencies.DependenciesFamily;
import dev.slipway.processor.rules.env.EnvFamily;
import dev.slipway.processor.rules.environments.EnvironmentsFamily;
import dev.slipway.processor.rules.expose.ExposeFamily;
import dev.slipway.processor.rules.health.HealthFamily;
import dev.slipway.processor.rules.image.ImageFamily;
import dev.slipway.processor.rules.jobs.JobsFamily;
import dev.slipway.processor.rules.lifecycle.LifecycleFamily;
import dev.slipway.processor.rules.metrics.MetricsFamily;
import dev.slipway.processor.rules.network.NetworkFamily;
import dev.slipway.processor.rules.options.OptionsFamily;
import dev.slipway.processor.rules.resources.ResourcesFamily;
import dev.slipway.processor.rules.scaling.ScalingFamily;
import dev.slipway.processor.rules.service.CompanionWithoutService;
import dev.slipway.processor.rules.service.ServiceFamily;
import dev.slipway.processor.rules.slo.SloFamily;
import dev.slipway.processor.rules.spring.SpringFamily;
import dev.slipway.processor.rules.waivers.Waiver;
import dev.slipway.processor.rules.waivers.WaiverRule;
import dev.slipway.processor.rules.waivers.WaiversFamily;
import dev.slipway.processor.rules.workers.WorkersFamily;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
          EnvironmentsFamily.FAMILY,
          ExposeFamily.FAMILY,
          HealthFamily.FAMILY,
          ImageFamily.FAMILY,
          JobsFamily.FAMILY,
          LifecycleFamily.FAMILY,
          MetricsFamily.FAMILY,
          NetworkFamily.FAMILY,
          OptionsFamily.FAMILY,
          ResourcesFamily.FAMILY,
          ScalingFamily.FAMILY,
          SloFamily.FAMILY,
          SpringFamily.FAMILY,
          ServiceFamily.FAMILY,
          WorkersFamily.FAMILY,
          WaiversFamily.FAMILY);

  /** All rules, in id order. */
  public static final List<Rule> ALL =
      FAMILIES.stream().flatMap(family -> family.rules().stream()).toList();

  /** The rule that reports companion annotations on a class without {@code @Service}. */
  public static final CompanionWithoutService COMPANION_WITHOUT_SERVICE =
      ServiceFamily.COMPANION_WITHOUT_SERVICE;

  /**
   * The rules the engine runs on every service. The waiver rules it applies afterwards, and
   * SLW-SVC-008 is the processor's, for classes without {@code @Service}.
   */
  private static final List<ServiceRule> SERVICE_RULES =
      ALL.stream().filter(ServiceRule.class::isInstance).map(ServiceRule.class::cast).toList();

  /** The rules on the processor options alone, which the processor runs once per compile. */
  private static final List<OptionRule> OPTION_RULES =
      ALL.stream().filter(OptionRule.class::isInstance).map(OptionRule.class::cast).toList();

  private Rulebook() {}

  /** The findings on the processor options, before any service is read. */
  public static List<Finding> check(Options options) {
    return OPTION_RULES.stream().flatMap(rule -> rule.check(options)).toList();
  }

  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The findings for one service: every service rule that applies under the compile's profile, less
   * the rules the service waives, and then what is wrong with the waivers. A waived rule still
   * runs, in every profile, so that a waiver of a rule that finds nothing is reported the same in
   * dev and production builds.
   */
  public static List<Finding> check(ServiceModel service, Compilation compilation) {
    Set<Rule> waived = new HashSet<>();
    for (WaiverModel annotation : service.waivers()) {
      Optional<Rule> rule = byId(annotation.rule().value());
      if (Waiver.applies(annotation, rule)) {
        waived.add(rule.get());
      }
    }
    boolean production = compilation.options().productionProfile();
    List<Finding> findings = new ArrayList<>();
    Set<Rule> waivedFindings = new HashSet<>();
    for (ServiceRule rule : SERVICE_RULES) {
      if (waived.contains(rule)) {
        if (rule.check(service, compilation).findAny().isPresent()) {
          waivedFindings.add(rule);
        }
      } else if (production || !rule.productionOnly()) {
        rule.check(service, compilation).forEach(findings::add);
      }
    }
    List<Waiver> waivers = new ArrayList<>();
    for (WaiverModel annotation : service.waivers()) {
      Optional<Rule> rule = byId(annotation.rule().value());
      waivers.add(new Waiver(annotation, rule, rule.filter(waivedFindings::contains).isPresent()));
    }
    for (WaiverRule rule : WaiversFamily.RULES) {
      for (Waiver waiver : waivers) {
        rule.check(service, waiver).ifPresent(findings::add);
      }
    }
    return findings;
  }
}
