package dev.slipway.processor.rules.metrics;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** SLW-MET-001: the scrape path is an absolute URL path without query or fragment. */
public final class MetricsPathAbsolute extends ServiceRule {

  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*");

  public MetricsPathAbsolute() {
    super(
        "SLW-MET-001",
        Severity.ERROR,
        "The metrics path is an absolute path",
        "the ServiceMonitor and the prometheus.io/path annotation need a path Prometheus can"
            + " request",
        "write a path such as \"/metrics\" or \"/actuator/prometheus\"");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Located<String> path = service.metrics().path();
    if (PATH.matcher(path.value()).matches()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            path.origin(),
            "@Metrics(path = \""
                + path.value()
                + "\") is not an absolute path without spaces, query or fragment; write e.g."
                + " \"/metrics\""));
  }
}
