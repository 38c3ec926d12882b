package dev.slipway.processor.rules.metrics;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-MET-002: the scrape interval is a positive duration. */
public final class MetricsInterval extends ServiceRule {

  public MetricsInterval() {
    super(
        "SLW-MET-002",
        Severity.ERROR,
        "@Metrics(interval) is a positive duration",
        "The Prometheus Operator rejects a ServiceMonitor whose interval is not a duration.",
        "Write a duration such as \"30s\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return checkGrammar(
        Attribute.of("Metrics", "interval", service.metrics().interval()),
        Grammar.POSITIVE_DURATION,
        "write e.g. \"30s\"");
  }
}
