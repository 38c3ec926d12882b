package dev.slipway.processor.rules.workers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** SLW-WRK-004: the backlog metric is a Prometheus metric name. */
public final class InvalidBacklogMetric extends ServiceRule {

  private static final Pattern METRIC = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  static final Grammar<String> METRIC_NAME =
      Grammar.holds(
          name -> METRIC.matcher(name).matches(),
          "is not a Prometheus metric name (letters, digits, '_' and ':', not starting with a digit)");

  public InvalidBacklogMetric() {
    super(
        "SLW-WRK-004",
        Severity.ERROR,
        "@Backlog(metric) is a Prometheus metric name",
        "The backlog alert and panel select the metric by name; any other text is not valid PromQL.",
        "Write the metric's name as Prometheus stores it, e.g. \"kafka_consumergroup_lag\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.backlog().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("Backlog", "metric", service.backlog().get().metric()),
        METRIC_NAME,
        "write the name as Prometheus stores it, e.g. \"kafka_consumergroup_lag\"");
  }
}
