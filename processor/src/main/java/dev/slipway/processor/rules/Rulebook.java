package dev.slipway.processor.rules;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.WaiverModel;
import dev.slipway.processor.rules.bluegreen.BlueGreenErrorRateNotRatio;
import dev.slipway.processor.rules.bluegreen.BlueGreenWithCanary;
import dev.slipway.processor.rules.bluegreen.InvalidBlueGreenDelay;
import dev.slipway.processor.rules.bluegreen.InvalidBlueGreenLatency;
import dev.slipway.processor.rules.bluegreen.ScaleDownBeforeAnalysisEnds;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every rule Slipway applies, and the waiver logic around them. */
public final class Rulebook {

  /** All rules, in id order. */
  public static final List<Rule> ALL =
      List.of(
          new InvalidBlueGreenDelay(),
          new BlueGreenErrorRateNotRatio(),
          new InvalidBlueGreenLatency(),
          new BlueGreenWithCanary(),
          new ScaleDownBeforeAnalysisEnds());

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

  /** The findings for one service, less those it waives. */
  public static List<Finding> check(ServiceModel service, Compilation compilation) {
    Set<String> waived =
        service.waivers().stream()
            .filter(w -> !w.reason().value().isBlank())
            .map(WaiverModel::rule)
            .map(r -> r.value())
            .collect(Collectors.toSet());
    return ALL.stream()
        .filter(rule -> !(rule.waivable() && waived.contains(rule.id())))
        .flatMap(rule -> rule.check(service, compilation))
        .toList();
  }
}
