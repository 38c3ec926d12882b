package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SLO-003: the latency threshold is a positive duration. */
public final class SloLatencyThreshold extends ServiceRule {

  public SloLatencyThreshold() {
    super(
        "SLW-SLO-003",
        Severity.ERROR,
        "@Slo(latency) is a positive duration",
        "The latency SLI counts the requests faster than the threshold, a bucket boundary of the"
            + " request histogram: a bare number has no unit, and with zero no request is ever fast"
            + " enough.",
        "Write a duration such as \"300ms\" or \"1s\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return checkGrammar(
        Attribute.of("Slo", "latency", service.slo().latency()),
        Grammar.POSITIVE_DURATION,
        "write the latency threshold, a bucket boundary of the request histogram, e.g. \"300ms\"");
  }
}
