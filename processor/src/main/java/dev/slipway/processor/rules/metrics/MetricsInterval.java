package dev.slipway.processor.rules.metrics;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.stream.Stream;

/** SLW-MET-002: the scrape interval is a positive duration. */
public final class MetricsInterval extends ServiceRule {

  public MetricsInterval() {
    super(
        "SLW-MET-002",
        Severity.ERROR,
        "The scrape interval is a positive duration",
        "the Prometheus Operator rejects a ServiceMonitor whose interval is not a duration",
        "write a duration such as \"30s\"");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Located<String> interval = service.metrics().interval();
    boolean positive =
        Durations.parse(interval.value()).filter(d -> d.compareTo(Duration.ZERO) > 0).isPresent();
    if (positive) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            interval.origin(),
            "@Metrics(interval = \""
                + interval.value()
                + "\") is not a positive duration; write e.g. \"30s\""));
  }
}
