package dev.slipway.processor.rules.workers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-WRK-006: the backlog threshold is at least one item. */
public final class InvalidBacklogThreshold extends ServiceRule {

  public InvalidBacklogThreshold() {
    super(
        "SLW-WRK-006",
        Severity.ERROR,
        "@Backlog(threshold) is at least 1",
        "A threshold below 1 fires whenever the queue exists, so the alert would always fire.",
        "Set the backlog at which the worker is behind, e.g. threshold = 10000.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.backlog().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Backlog", "threshold", service.backlog().get().threshold()),
        Grammar.<Long>holds(t -> t >= 1, "is less than 1"),
        "set the backlog at which the worker is behind, e.g. threshold = 10000");
  }
}
