package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SLW-RES-002: memory is a whole number of bytes. {@code "512m"} is 512 milli-bytes (0.512 bytes),
 * a classic slip for {@code "512Mi"} that Kubernetes accepts and rounds to 1 byte.
 */
public final class FractionalMemory extends ServiceRule {

  public FractionalMemory() {
    super(
        "SLW-RES-002",
        Severity.ERROR,
        "Memory quantities are whole bytes (no 'm' suffix)",
        "'m' means milli: memory = \"512m\" is 0.512 bytes, which Kubernetes accepts, and the"
            + " container is then OOM-killed or never scheduled as intended.",
        "Use a byte suffix: \"512Mi\" (mebibytes) or \"512M\" (megabytes).");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (ResourceQuantities q : ResourceQuantities.of(service.resources())) {
      if (q.memory() && q.parsed().isPresent() && q.parsed().get().hasFraction()) {
        Quantity quantity = q.parsed().get();
        findings.add(
            finding(
                q.attribute(),
                "is "
                    + quantity.value().stripTrailingZeros().toPlainString()
                    + " bytes"
                    + (quantity.suffix().equals("m") ? " ('m' means milli)" : "")
                    + "; write whole bytes with a unit such as \"Mi\" or \"Gi\", e.g. \""
                    + suggestion(quantity)
                    + "\""));
      }
    }
    return findings.stream();
  }

  private static String suggestion(Quantity quantity) {
    if (quantity.suffix().equals("m")) {
      return quantity.text().substring(0, quantity.text().length() - 1) + "Mi";
    }
    return "256Mi";
  }
}
