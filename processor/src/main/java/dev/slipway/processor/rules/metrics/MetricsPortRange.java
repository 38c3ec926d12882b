package dev.slipway.processor.rules.metrics;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-MET-003: the scrape port is 0 (the health-check port) or a valid port number. */
public final class MetricsPortRange extends ServiceRule {

  public MetricsPortRange() {
    super(
        "SLW-MET-003",
        Severity.ERROR,
        "@Metrics(port) is 0 or in 1..65535",
        "Kubernetes rejects a container port outside 1..65535.",
        "Use 0 for the health-check port, or the port the metrics endpoint listens on.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return checkGrammar(
        Attribute.of("Metrics", "port", service.metrics().port()),
        Grammar.PORT_OR_ZERO,
        "use 0 for the health-check port, or the metrics port in 1..65535");
  }
}
