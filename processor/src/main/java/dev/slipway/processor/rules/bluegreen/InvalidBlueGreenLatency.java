package dev.slipway.processor.rules.bluegreen;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-BG-003: the preview's p99 latency bound is a positive duration. */
public final class InvalidBlueGreenLatency extends ServiceRule {

  private static final String ADVICE =
      "write the p99 latency the preview must stay under, e.g. \"500ms\"";

  public InvalidBlueGreenLatency() {
    super(
        "SLW-BG-003",
        Severity.ERROR,
        "@BlueGreen(maxLatencyP99) is a positive duration",
        "The analysis counts the preview's requests slower than it, in the histogram bucket at"
            + " it: a bare number has no unit, and zero fails every measurement.",
        "Write the p99 latency the preview must stay under, e.g. \"500ms\" or \"1s\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.blueGreen().isEmpty()) {
      return Stream.empty();
    }
    return checkGrammar(
        Attribute.of("BlueGreen", "maxLatencyP99", service.blueGreen().get().maxLatencyP99()),
        Grammar.POSITIVE_DURATION,
        ADVICE);
  }
}
