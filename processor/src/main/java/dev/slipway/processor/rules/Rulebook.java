package dev.slipway.processor.rules;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EffectiveService;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.Origin;
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
 * Every rule Slipway applies, by family, and the engine around them: waivers, and the environments.
 * Each family registers its own rules; {@code docs/rules.md} is generated from this list.
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
  public static final List<Rule> ALL = all();

  /** The rule that reports companion annotations on a class without {@code @Service}. */
  public static final CompanionWithoutService COMPANION_WITHOUT_SERVICE =
      ServiceFamily.COMPANION_WITHOUT_SERVICE;

  /**
   * The rules the engine runs on every service. The waiver rules it applies afterwards, and
   * SLW-SVC-008 is the processor's, for classes without {@code @Service}.
   */
  private static final List<ServiceRule> SERVICE_RULES = new ArrayList<>();

  /**
   * The rules the engine runs again on each environment's effective configuration: not those that
   * only matter in production, nor the SLW-ENVS rules, which read the overrides themselves.
   */
  private static final List<ServiceRule> ENVIRONMENT_RULES = new ArrayList<>();

  /** The rules on the processor options alone, which the processor runs once per compile. */
  private static final List<OptionRule> OPTION_RULES = new ArrayList<>();

  // Loops rather than streams here and below: this runs in every compile, each a fresh JVM, where
  // every lambda costs a linkage the first time (docs/performance.md)
  static {
    for (Rule rule : ALL) {
      if (rule instanceof ServiceRule serviceRule) {
        SERVICE_RULES.add(serviceRule);
        if (!rule.productionOnly() && !EnvironmentsFamily.FAMILY.rules().contains(rule)) {
          ENVIRONMENT_RULES.add(serviceRule);
        }
      } else if (rule instanceof OptionRule optionRule) {
        OPTION_RULES.add(optionRule);
      }
    }
  }

  private Rulebook() {}

  private static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    for (Family family : FAMILIES) {
      all.addAll(family.rules());
    }
    return List.copyOf(all);
  }

  /** The findings on the processor options, before any service is read. */
  public static List<Finding> check(Options options) {
    List<Finding> findings = new ArrayList<>();
    for (OptionRule rule : OPTION_RULES) {
      findings.addAll(rule.check(options).toList());
    }
    return findings;
  }

  public static Optional<Rule> byId(String id) {
    for (Rule rule : ALL) {
      if (rule.id().equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * The findings for one service: every service rule on production, which runs exactly the base
   * annotations, and every rule that is not production-only again on each environment that an
   * {@code @Environment} changes, reporting what only that environment gets wrong; less the rules
   * the service waives, and then what is wrong with the waivers. A waived rule still runs, so that
   * a waiver of a rule that finds nothing is reported.
   */
  public static List<Finding> check(ServiceModel service, Compilation compilation) {
    Set<Rule> waived = new HashSet<>();
    for (WaiverModel annotation : service.waivers()) {
      Optional<Rule> rule = byId(annotation.rule().value());
      if (Waiver.applies(annotation, rule)) {
        waived.add(rule.get());
      }
    }
    List<Finding> findings = new ArrayList<>();
    Set<Rule> waivedFindings = new HashSet<>();
    List<Finding> production = new ArrayList<>();
    for (ServiceRule rule : SERVICE_RULES) {
      production.addAll(rule.check(service, compilation).toList());
    }
    for (Finding finding : production) {
      if (waived.contains(finding.rule())) {
        waivedFindings.add(finding.rule());
      } else {
        findings.add(finding);
      }
    }
    List<EnvironmentModel> overrides = EffectiveService.overrides(service, compilation.options());
    // hashed only when needed: a record's first hashCode links its generated method, in every
    // compile (a fresh JVM), and most services override nothing
    Set<Finding> inProduction = overrides.isEmpty() ? Set.of() : new HashSet<>(production);
    for (EnvironmentModel override : overrides) {
      ServiceModel effective = EffectiveService.in(service, override);
      for (ServiceRule rule : ENVIRONMENT_RULES) {
        for (Finding finding : rule.check(effective, compilation).toList()) {
          if (inProduction.contains(finding)) {
            continue;
          }
          if (waived.contains(rule)) {
            waivedFindings.add(rule);
          } else {
            findings.add(in(override, finding));
          }
        }
      }
    }
    List<Waiver> waivers = new ArrayList<>();
    for (WaiverModel annotation : service.waivers()) {
      Optional<Rule> rule = byId(annotation.rule().value());
      waivers.add(
          new Waiver(annotation, rule, rule.isPresent() && waivedFindings.contains(rule.get())));
    }
    for (WaiverRule rule : WaiversFamily.RULES) {
      for (Waiver waiver : waivers) {
        Optional<Finding> finding = rule.check(service, waiver);
        if (finding.isPresent()) {
          findings.add(finding.get());
        }
      }
    }
    return findings;
  }

  /**
   * {@code finding} of one environment, which its message names after the rule's id. A finding on a
   * base attribute that production does not share comes from what the override changed, so it moves
   * to the {@code @Environment} annotation.
   */
  private static Finding in(EnvironmentModel override, Finding finding) {
    Origin where = writtenIn(override, finding.origin()) ? finding.origin() : override.origin();
    return finding.in(override.environment(), where);
  }

  /**
   * Whether {@code origin} is in {@code override}: one of its members, or one of its {@code @Env}.
   */
  private static boolean writtenIn(EnvironmentModel override, Origin origin) {
    if (origin.mirror() == override.origin().mirror()) {
      return true;
    }
    for (EnvModel variable : override.env()) {
      if (origin.mirror() == variable.origin().mirror()) {
        return true;
      }
    }
    return false;
  }
}
