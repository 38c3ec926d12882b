package dev.slipway.processor.plan;

import static dev.slipway.processor.model.TestModels.healthCheck;
import static dev.slipway.processor.model.TestModels.orders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slipway.processor.model.Framework;
import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The planner resolves every value once; emitters read the plan and never parse. */
class PlannerTest {

  @Test
  void windowsInWeeksAndDaysAreCountedInHours() {
    assertEquals(672, plan(orders(Optional.empty(), 0, "4w", "15s")).slo().latency().windowHours());
    assertEquals(
        720, plan(orders(Optional.empty(), 0, "30d", "15s")).slo().availability().windowHours());
  }

  @Test
  void valuesAreResolvedOnce() {
    ServicePlan orders = plan(orders(Optional.of(healthCheck("/live", 9000)), 0));
    assertEquals(new Ports(8080, 9000, 9000), orders.ports());
    assertEquals(Duration.ofSeconds(15), orders.drain().duration());
    assertEquals("300ms", orders.slo().latencyThreshold().text());
    assertEquals(WorkloadKind.ROLLOUT, orders.workload());
    // the canary wins over the blue-green the rulebook would have rejected
    assertEquals(Optional.empty(), orders.blueGreen());
    assertEquals(Duration.ofMinutes(2), orders.analysis().orElseThrow().rateWindow());
  }

  @Test
  void eachEnvironmentGetsItsNamespaceImageAndReplicaFloor() {
    Options options =
        Options.parse(
            Map.of(
                Options.ENVIRONMENTS, "dev,prod",
                Options.NAMESPACE, "{team}-{env}",
                Options.ENVIRONMENT_TAGS, "dev=1.5.0-rc.1"));
    ServicePlan orders =
        Planner.plan(
                List.of(orders(Optional.empty(), 0)), options, Framework.SLIPWAY_RUNTIME, false)
            .services()
            .get(0);
    EnvironmentPlan dev = orders.environments().get(0);
    assertEquals("commerce-dev", dev.namespace());
    assertEquals("ghcr.io/acme/orders:1.5.0-rc.1", dev.image().toString());
    assertEquals(1, dev.replicas());
    assertEquals("ghcr.io/acme/orders:1.4.2", orders.production().image().toString());
    assertEquals(Replicas.DEFAULT, orders.production().replicas());
  }

  @Test
  void aValueTheRulebookShouldHaveRejectedFailsInThePlannerWithTheValue() {
    IllegalStateException bug =
        assertThrows(
            IllegalStateException.class, () -> plan(orders(Optional.empty(), 0, "30d", "soon")));
    assertEquals("the rulebook passed \"soon\", which is not a duration", bug.getMessage());
  }

  private static ServicePlan plan(ServiceModel service) {
    return Planner.plan(List.of(service), Options.DEFAULTS, Framework.SLIPWAY_RUNTIME, false)
        .services()
        .get(0);
  }
}
