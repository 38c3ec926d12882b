package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.stream.Stream;

/** SLW-SLO-003: the latency threshold is a positive duration. */
public final class SloLatencyThreshold extends ServiceRule {

  public SloLatencyThreshold() {
    super(
        "SLW-SLO-003",
        Severity.ERROR,
        "The SLO latency threshold is a positive duration",
        "it becomes the histogram bucket boundary the latency SLI counts",
        "write a duration such as \"300ms\" or \"1s\"");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Located<String> latency = service.slo().latency();
    boolean positive =
        Durations.parse(latency.value()).filter(d -> d.compareTo(Duration.ZERO) > 0).isPresent();
    if (positive) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            latency.origin(),
            "@Slo(latency = \""
                + latency.value()
                + "\") is not a positive duration; write the latency threshold, a bucket"
                + " boundary of the request histogram, e.g. \"300ms\""));
  }
}
