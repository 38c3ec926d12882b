package dev.slipway.processor.rules.canary;

import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.plan.Replicas;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.PodWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SLW-CAN-009: without traffic routing, each canary step is a share of the pods ({@link
 * PodWeights}), and a step that the service's replica count cannot represent (rounded to a whole
 * percent) sends another share of the users to the new version than it says. The count is
 * {@code @Scaling(min)}, the fewest pods production runs; the warning names the real share, the
 * replicas that would give the declared one, and the route that gives it whatever the count.
 */
public final class StepsApproximatedByPods extends ServiceRule {

  public StepsApproximatedByPods() {
    super(
        "SLW-CAN-009",
        Severity.WARNING,
        Guard.PRODUCTION_READINESS,
        "Each @Canary step is honoured by the replica count when no route carries the weights",
        "Without traffic routing Argo Rollouts gives the canary ceil(weight x replicas / 100) pods"
            + " beside ceil((100 - weight) x replicas / 100) stable ones, and the Service spreads"
            + " requests over the pods: with 3 replicas a 10 % step sends 25 % of the users to the"
            + " new version.",
        "Expose the service through a Gateway (@Expose), so that the HTTPRoute carries each weight"
            + " exactly, or run at least the replicas the warning names.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    boolean routed = service.expose().isPresent() && service.expose().get().throughGateway();
    // on a worker or a job SLW-WRK-001 / SLW-JOB-* already say the @Canary does not belong there
    if (routed || service.canary().isEmpty() || !service.servesHttp()) {
      return Stream.empty();
    }
    CanaryModel canary = service.canary().get();
    int replicas =
        service.scaling().isPresent() ? service.scaling().get().min().value() : Replicas.DEFAULT;
    if (replicas < 1) {
      return Stream.empty(); // SLW-SCL-001
    }
    List<Integer> steps = new ArrayList<>();
    for (Located<Integer> step : canary.steps().value()) {
      steps.add(step.value());
    }
    String replicaText =
        service.scaling().isPresent()
            ? "@Scaling(min = " + replicas + ")"
            : "the default " + Replicas.DEFAULT + " replicas";
    List<Finding> findings = new ArrayList<>();
    for (Located<Integer> step : canary.steps().value()) {
      if (step.value() >= 1
          && step.value() <= 99 // SLW-CAN-002
          && !PodWeights.at(replicas, step.value()).honours(step.value())) {
        findings.add(finding(step, steps, replicas, replicaText, service.serviceName()));
      }
    }
    return findings.stream();
  }

  private Finding finding(
      Located<Integer> step, List<Integer> steps, int replicas, String replicaText, String name) {
    int weight = step.value();
    PodWeights pods = PodWeights.at(replicas, weight);
    int needed = PodWeights.replicasHonouring(weight, replicas + 1);
    return finding(
        step.origin(),
        Describe.attribute("Canary", "steps", steps)
            + " has the step "
            + weight
            + ", but without traffic routing Argo Rollouts approximates it with pods: with "
            + replicaText
            + " the canary gets "
            + pods.canary()
            + (pods.canary() == 1 ? " pod" : " pods")
            + " beside "
            + pods.stable()
            + " stable, "
            + pods.percentText()
            + " % of the requests; run at least "
            + needed
            + " replicas for "
            + weight
            + " %, or expose "
            + name
            + " through a Gateway (@Expose) so that its route carries the exact weight");
  }
}
