package dev.slipway.processor.rules;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.WaiverModel;
import dev.slipway.processor.rules.bluegreen.BlueGreenErrorRateNotRatio;
import dev.slipway.processor.rules.bluegreen.BlueGreenWithCanary;
import dev.slipway.processor.rules.bluegreen.InvalidBlueGreenDelay;
import dev.slipway.processor.rules.bluegreen.InvalidBlueGreenLatency;
import dev.slipway.processor.rules.bluegreen.ScaleDownBeforeAnalysisEnds;
import dev.slipway.processor.rules.canary.CanaryStepOutOfRange;
import dev.slipway.processor.rules.canary.CanaryStepsNotIncreasing;
import dev.slipway.processor.rules.canary.ErrorRateNotRatio;
import dev.slipway.processor.rules.canary.InvalidCanaryPause;
import dev.slipway.processor.rules.canary.InvalidLatencyThreshold;
import dev.slipway.processor.rules.canary.NoCanarySteps;
import dev.slipway.processor.rules.dependencies.DependencyCycle;
import dev.slipway.processor.rules.dependencies.DuplicateDependency;
import dev.slipway.processor.rules.dependencies.InvalidDependencyName;
import dev.slipway.processor.rules.dependencies.SelfDependency;
import dev.slipway.processor.rules.dependencies.UnknownDependency;
import dev.slipway.processor.rules.env.AmbiguousEnvSource;
import dev.slipway.processor.rules.env.DuplicateEnvName;
import dev.slipway.processor.rules.env.InvalidEnvKey;
import dev.slipway.processor.rules.env.InvalidEnvName;
import dev.slipway.processor.rules.env.InvalidEnvSourceName;
import dev.slipway.processor.rules.env.KeyWithoutSource;
import dev.slipway.processor.rules.env.SecretLikeValue;
import dev.slipway.processor.rules.env.SensitiveNameWithLiteral;
import dev.slipway.processor.rules.expose.ExposedWithoutTls;
import dev.slipway.processor.rules.expose.InvalidExposeHost;
import dev.slipway.processor.rules.expose.InvalidExposePath;
import dev.slipway.processor.rules.expose.InvalidIngressClass;
import dev.slipway.processor.rules.expose.InvalidTlsSecretName;
import dev.slipway.processor.rules.health.FailureThresholdBelowOne;
import dev.slipway.processor.rules.health.InvalidProbePath;
import dev.slipway.processor.rules.health.InvalidProbeTiming;
import dev.slipway.processor.rules.health.LivenessSameAsReadiness;
import dev.slipway.processor.rules.health.LivenessWithoutStartup;
import dev.slipway.processor.rules.health.MissingReadinessProbe;
import dev.slipway.processor.rules.health.ProbePortOutOfRange;
import dev.slipway.processor.rules.health.ProbeTimingNotWholeSeconds;
import dev.slipway.processor.rules.health.TimeoutNotBelowPeriod;
import dev.slipway.processor.rules.image.ImageWithoutTag;
import dev.slipway.processor.rules.image.InvalidImageReference;
import dev.slipway.processor.rules.image.LatestTag;
import dev.slipway.processor.rules.image.MovingTag;
import dev.slipway.processor.rules.image.NoImage;
import dev.slipway.processor.rules.lifecycle.GracePeriodNotAboveDrain;
import dev.slipway.processor.rules.lifecycle.InvalidLifecycleDuration;
import dev.slipway.processor.rules.lifecycle.NoDrain;
import dev.slipway.processor.rules.resources.CpuFinerThanMilli;
import dev.slipway.processor.rules.resources.CpuRequestAboveLimit;
import dev.slipway.processor.rules.resources.FractionalMemory;
import dev.slipway.processor.rules.resources.InvalidQuantity;
import dev.slipway.processor.rules.resources.MemoryRequestAboveLimit;
import dev.slipway.processor.rules.resources.MissingMemoryLimit;
import dev.slipway.processor.rules.resources.MissingRequest;
import dev.slipway.processor.rules.resources.TinyMemory;
import dev.slipway.processor.rules.scaling.AutoscalingWithoutTarget;
import dev.slipway.processor.rules.scaling.IgnoredUtilization;
import dev.slipway.processor.rules.scaling.MinAboveMax;
import dev.slipway.processor.rules.scaling.MinReplicasBelowOne;
import dev.slipway.processor.rules.scaling.SingleReplica;
import dev.slipway.processor.rules.scaling.UtilizationOutOfRange;
import dev.slipway.processor.rules.scaling.UtilizationWithoutRequest;
import dev.slipway.processor.rules.service.CompanionWithoutService;
import dev.slipway.processor.rules.service.DerivedNameTooLong;
import dev.slipway.processor.rules.service.DuplicateServiceName;
import dev.slipway.processor.rules.service.InvalidServiceName;
import dev.slipway.processor.rules.service.InvalidTeam;
import dev.slipway.processor.rules.service.MissingTeam;
import dev.slipway.processor.rules.service.PortOutOfRange;
import dev.slipway.processor.rules.service.PrivilegedPort;
import dev.slipway.processor.rules.waivers.RuleNotWaivable;
import dev.slipway.processor.rules.waivers.UnknownRuleWaived;
import dev.slipway.processor.rules.waivers.UnusedWaiver;
import dev.slipway.processor.rules.waivers.WaiverWithoutReason;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every rule Slipway applies, and the waiver and profile logic around them. Adding a rule is one
 * class plus one line here (in id order); {@code docs/rules.md} is generated from this list.
 */
public final class Rulebook {

  /** The rule that reports companion annotations on a class without {@code @Service}. */
  public static final CompanionWithoutService COMPANION_WITHOUT_SERVICE = new CompanionWithoutService();

  /** All rules, in id order. */
  public static final List<Rule> ALL =
      List.of(
          new InvalidBlueGreenDelay(),
          new BlueGreenErrorRateNotRatio(),
          new InvalidBlueGreenLatency(),
          new BlueGreenWithCanary(),
          new ScaleDownBeforeAnalysisEnds(),
          new NoCanarySteps(),
          new CanaryStepOutOfRange(),
          new CanaryStepsNotIncreasing(),
          new InvalidCanaryPause(),
          new ErrorRateNotRatio(),
          new InvalidLatencyThreshold(),
          new InvalidDependencyName(),
          new SelfDependency(),
          new DuplicateDependency(),
          new DependencyCycle(),
          new UnknownDependency(),
          new InvalidEnvName(),
          new DuplicateEnvName(),
          new AmbiguousEnvSource(),
          new KeyWithoutSource(),
          new SecretLikeValue(),
          new SensitiveNameWithLiteral(),
          new InvalidEnvSourceName(),
          new InvalidEnvKey(),
          new InvalidExposeHost(),
          new InvalidExposePath(),
          new ExposedWithoutTls(),
          new InvalidTlsSecretName(),
          new InvalidIngressClass(),
          new MissingReadinessProbe(),
          new InvalidProbePath(),
          new InvalidProbeTiming(),
          new ProbeTimingNotWholeSeconds(),
          new TimeoutNotBelowPeriod(),
          new FailureThresholdBelowOne(),
          new LivenessSameAsReadiness(),
          new ProbePortOutOfRange(),
          new LivenessWithoutStartup(),
          new InvalidImageReference(),
          new ImageWithoutTag(),
          new LatestTag(),
          new MovingTag(),
          new NoImage(),
          new InvalidLifecycleDuration(),
          new GracePeriodNotAboveDrain(),
          new NoDrain(),
          new MetricsPathAbsolute(),
          new MetricsInterval(),
          new MetricsPortRange(),
          new InvalidQuantity(),
          new FractionalMemory(),
          new CpuRequestAboveLimit(),
          new MemoryRequestAboveLimit(),
          new MissingRequest(),
          new MissingMemoryLimit(),
          new TinyMemory(),
          new CpuFinerThanMilli(),
          new MinReplicasBelowOne(),
          new MinAboveMax(),
          new UtilizationOutOfRange(),
          new AutoscalingWithoutTarget(),
          new UtilizationWithoutRequest(),
          new SingleReplica(),
          new IgnoredUtilization(),
          new SloObjectiveRange(),
          new SloObjectiveLooksLikeRatio(),
          new SloLatencyThreshold(),
          new SloWindow(),
          new InvalidServiceName(),
          new DerivedNameTooLong(),
          new DuplicateServiceName(),
          new MissingTeam(),
          new InvalidTeam(),
          new PortOutOfRange(),
          new PrivilegedPort(),
          COMPANION_WITHOUT_SERVICE,
          new UnknownRuleWaived(),
          new WaiverWithoutReason(),
          new RuleNotWaivable(),
          new UnusedWaiver());

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
