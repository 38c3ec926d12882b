package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SLO-005: the burn-rate alerts' traffic guard is a count of bad requests, 0 or more. */
public final class SloMinBadRequests extends ServiceRule {

  private static final Grammar<Integer> COUNT = Grammar.atLeast(0);

  public SloMinBadRequests() {
    super(
        "SLW-SLO-005",
        Severity.ERROR,
        "@Slo(minBadRequests) is 0 or more",
        "It is the fewest bad requests in an alert's window before a burn-rate alert fires; a"
            + " negative count means nothing.",
        "Write how many failed or slow requests must have happened before a burn pages, e.g. 10,"
            + " or 0 to alert on any burn.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return checkGrammar(
        Attribute.of("Slo", "minBadRequests", service.slo().minBadRequests()),
        COUNT,
        "write e.g. 10, or 0 to alert on any burn");
  }
}
