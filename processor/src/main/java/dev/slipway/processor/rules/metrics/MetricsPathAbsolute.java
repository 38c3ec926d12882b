package dev.slipway.processor.rules.metrics;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-MET-001: the scrape path is an absolute URL path without query or fragment. */
public final class MetricsPathAbsolute extends ServiceRule {

  public MetricsPathAbsolute() {
    super(
        "SLW-MET-001",
        Severity.ERROR,
        "@Metrics(path) is an absolute URL path",
        "The ServiceMonitor and the prometheus.io/path annotation need a path Prometheus can"
            + " request: a relative path, a space or a query fails every scrape.",
        "Write an absolute path such as \"/metrics\" or \"/actuator/prometheus\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return checkGrammar(
        Attribute.of("Metrics", "path", service.metrics().path()),
        Grammar.HTTP_PATH,
        "write an absolute path such as \"/metrics\"");
  }
}
