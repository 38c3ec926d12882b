package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.HttpHeaders;
import java.util.stream.Stream;

/**
 * SLW-CAN-007: {@code @Canary(header)} is an HTTP header name and {@code headerValue} a value an
 * exact header match takes, as the Gateway API validates the header rule Argo Rollouts adds.
 */
public final class InvalidCanaryHeader extends ServiceRule {

  public InvalidCanaryHeader() {
    super(
        "SLW-CAN-007",
        Severity.ERROR,
        "@Canary(header, headerValue) is an HTTP header match",
        "Argo Rollouts adds a rule matching the header to the HTTPRoute; the Gateway API rejects"
            + " a name that is not an HTTP token or an empty or unprintable value, and the"
            + " rollout stops at that step.",
        "Write a header name such as \"X-Canary\" and a value such as \"true\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.canary().isEmpty() || service.canary().get().header().value().isEmpty()) {
      return Stream.empty();
    }
    return check(service.canary().get());
  }

  private Stream<Finding> check(CanaryModel canary) {
    return Stream.concat(
        checkGrammar(
            Attribute.of("Canary", "header", canary.header()),
            HttpHeaders::nameProblem,
            "write a header name such as \"X-Canary\""),
        checkGrammar(
            Attribute.of("Canary", "headerValue", canary.headerValue()),
            HttpHeaders::valueProblem,
            "write the value smoke tests send, e.g. \"true\""));
  }
}
