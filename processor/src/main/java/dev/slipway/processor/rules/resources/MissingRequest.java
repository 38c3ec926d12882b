package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-RES-005: CPU and memory requests are set and not zero (kube-score counts 0 as missing). */
public final class MissingRequest extends ServiceRule {

  public MissingRequest() {
    super(
        "SLW-RES-005",
        Severity.ERROR,
        Guard.READINESS,
        "@Resources(cpu) and @Resources(memory) requests are set and not zero",
        "Without requests the scheduler packs pods onto full nodes, they are the first evicted,"
            + " and the autoscaler has nothing to measure utilization against.",
        "Set the typical use, e.g. cpu = \"250m\", memory = \"256Mi\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (ResourceQuantities q : ResourceQuantities.of(service.resources())) {
      boolean request =
          q.attribute().member().equals("cpu") || q.attribute().member().equals("memory");
      if (request
          && (q.text().isEmpty() || (q.parsed().isPresent() && q.parsed().get().isZero()))) {
        findings.add(
            finding(
                q.attribute(),
                (q.text().isEmpty() ? "is not set" : "is zero")
                    + ", so the scheduler cannot place the pod by what it needs; set the typical"
                    + " use, e.g. "
                    + (q.memory() ? "\"256Mi\"" : "\"250m\"")));
      }
    }
    return findings.stream();
  }
}
