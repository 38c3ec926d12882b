package dev.slipway.processor.rules.scaling;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SCL-006: production runs at least two replicas. */
public final class SingleReplica extends ServiceRule {

  public SingleReplica() {
    super(
        "SLW-SCL-006",
        Severity.WARNING,
        Guard.PRODUCTION_READINESS,
        "At least 2 replicas in production",
        "With one replica every node drain, eviction or crash is an outage, and the"
            + " PodDisruptionBudget cannot protect it (Polaris hpaMinAvailability, kube-score"
            + " deployment-replicas).",
        "Set @Scaling(min = 2) or more; for a singleton by design, waive with the reason.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.scaling().isEmpty() || service.scaling().get().min().value() != 1) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            Attribute.of("Scaling", "min", service.scaling().get().min()),
            "runs a single replica, so every node drain or crash is an outage; set min >= 2"));
  }
}
