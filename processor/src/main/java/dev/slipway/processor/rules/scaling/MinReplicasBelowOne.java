package dev.slipway.processor.rules.scaling;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SCL-001: at least one replica. */
public final class MinReplicasBelowOne extends ServiceRule {

  private static final Grammar<Integer> AT_LEAST_ONE = Grammar.atLeast(1);

  public MinReplicasBelowOne() {
    super(
        "SLW-SCL-001",
        Severity.ERROR,
        "@Scaling(min) is at least 1",
        "Kubernetes rejects an autoscaler with minReplicas below 1 (scale to zero is an alpha"
            + " feature), and zero fixed replicas is no service at all.",
        "Set min to 2 or more for production, at least 1 anywhere.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.scaling().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Scaling", "min", service.scaling().get().min()),
        AT_LEAST_ONE,
        "set min >= 1 (2 or more in production)");
  }
}
