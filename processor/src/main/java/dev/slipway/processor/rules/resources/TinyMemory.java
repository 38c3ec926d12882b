package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** SLW-RES-007: memory is not implausibly small, which usually means a missing unit. */
public final class TinyMemory extends ServiceRule {

  private static final BigDecimal SIXTEEN_MIB = BigDecimal.valueOf(16L << 20);

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  public TinyMemory() {
    super(
        "SLW-RES-007",
        Severity.WARNING,
        Guard.READINESS,
        "Memory quantities are at least 16Mi",
        "No JVM starts in less than 16Mi: a value such as \"512\" is 512 bytes and probably lacks"
            + " its unit.",
        "Add the unit, e.g. \"512Mi\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (ResourceQuantities q : ResourceQuantities.of(service.resources())) {
      if (q.memory() && q.parsed().isPresent() && tiny(q.parsed().get())) {
        findings.add(
            finding(
                q.attribute(),
                "is less than 16Mi, too little for a JVM; "
                    + (DIGITS.matcher(q.text()).matches()
                        ? "did you mean \"" + q.text() + "Mi\"?"
                        : "add a unit, e.g. \"256Mi\"")));
      }
    }
    return findings.stream();
  }

  private static boolean tiny(Quantity memory) {
    return memory.value().signum() > 0
        && !memory.hasFraction()
        && memory.value().compareTo(SIXTEEN_MIB) < 0;
  }
}
