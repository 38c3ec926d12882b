package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Decimals;
import dev.slipway.processor.values.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SLW-RES-009: a CPU quantity is a plausible number of cores. {@code cpu = "500"} is 500 cores, not
 * 500 millicores: no node has them, so the pod would stay Pending forever, and the 'm' was almost
 * certainly forgotten. The line is 64 cores: the largest nodes most clusters run have 32 to 64
 * cores, one container must fit on one node, and the bare numbers written by mistake are millicore
 * values, 100 to 4000. A service that really needs more waives the rule.
 */
public final class ImplausibleCpu extends ServiceRule {

  /** More cores than this is taken for a forgotten 'm'. */
  static final BigDecimal MAX_CORES = BigDecimal.valueOf(64);

  private static final BigDecimal MILLI = new BigDecimal("0.001");

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  public ImplausibleCpu() {
    super(
        "SLW-RES-009",
        Severity.ERROR,
        Guard.READINESS,
        "CPU quantities are at most 64 cores",
        "A bare \"500\" is 500 cores, not 500m: no node has that many, so the pod never"
            + " schedules; the unit 'm' was almost certainly forgotten.",
        "Write millicores with 'm', e.g. \"500m\"; waive the rule for a service that really"
            + " needs more than 64 cores.");
  }

  /** Whether {@code cpu} is at most {@link #MAX_CORES}. */
  public static boolean plausible(Quantity cpu) {
    return cpu.value().compareTo(MAX_CORES) <= 0;
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (ResourceQuantities q : ResourceQuantities.of(service.resources())) {
      if (!q.memory() && q.parsed().isPresent() && !plausible(q.parsed().get())) {
        findings.add(
            finding(
                q.attribute(),
                "is "
                    + Decimals.plain(q.parsed().get().value())
                    + " cores, more than "
                    + MAX_CORES
                    + ", so no node could run it; "
                    + advice(q.text())));
      }
    }
    return findings.stream();
  }

  /** "did you mean "500m"?" when that is what was meant and itself plausible. */
  private static String advice(String text) {
    if (DIGITS.matcher(text).matches()
        && text.length() <= 9
        && new BigDecimal(text).multiply(MILLI).compareTo(MAX_CORES) <= 0) {
      return "did you mean \"" + text + "m\"?";
    }
    return "write millicores with 'm', e.g. \"500m\", or waive SLW-RES-009 for a node that large";
  }
}
