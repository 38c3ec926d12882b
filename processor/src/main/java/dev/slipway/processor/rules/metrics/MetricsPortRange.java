package dev.slipway.processor.rules.metrics;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-MET-003: the scrape port is 0 (the health-check port) or a valid port number. */
public final class MetricsPortRange extends ServiceRule {

  public MetricsPortRange() {
    super(
        "SLW-MET-003",
        Severity.ERROR,
        "The metrics port is 0 or in 1..65535",
        "Kubernetes rejects a container port outside 1..65535",
        "use 0 for the health-check port, or the port the metrics endpoint listens on");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Located<Integer> port = service.metrics().port();
    int value = port.value();
    if (value >= 0 && value <= 65535) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            port.origin(),
            "@Metrics(port = "
                + value
                + ") is outside 1..65535; use 0 for the health-check port, or the metrics port"
                + " in 1..65535"));
  }
}
