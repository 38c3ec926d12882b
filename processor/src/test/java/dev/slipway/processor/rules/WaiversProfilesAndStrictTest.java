package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.slipway.processor.rules.Spec.orders;

import com.google.testing.compile.Compiler;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** How waivers, -Aslipway.strict and the environments change what fails the build. */
class WaiversProfilesAndStrictTest {

  private static final Compiler JAVAC = Compiler.javac();
  private static final JavaCompiler SYSTEM_JAVAC = ToolProvider.getSystemJavaCompiler();

  @Test
  void aWarningDoesNotFailTheBuildButStrictModeMakesItAnError() {
    orders()
        .set("min = 3", "min = 1")
        .warning(
            "[SLW-SCL-006] @Scaling(min = 1) runs a single replica, so every node drain or crash is an outage; set min >= 2")
        .verify(JAVAC, SYSTEM_JAVAC);
    orders()
        .set("min = 3", "min = 1")
        .option("slipway.strict", "true")
        .error(
            "[SLW-SCL-006] @Scaling(min = 1) runs a single replica, so every node drain or crash is an outage; set min >= 2")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void aWaiverWithAReasonSilencesAWarning() {
    orders()
        .set("min = 3", "min = 1")
        .waive("SLW-SCL-006", "leader-elected singleton by design")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void aWaiverWithAReasonSilencesAWaivableError() {
    RuleSpecsTest.ingressOrders()
        .set("tlsSecret = \"orders-tls\"", "tlsSecret = \"\"")
        .waive(
            "SLW-EXP-003",
            "TLS is terminated by the corporate load balancer in front of the ingress")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void aReplicaApproximatedCanaryIsWaivableWithAReason() {
    orders()
        .set(Sources.ORDERS_GATEWAY, Sources.ORDERS_INGRESS)
        .waive("SLW-CAN-009", "the nginx controller in front splits by request, not by pod")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void severalWaiversAreEachApplied() {
    orders()
        .set("min = 3", "min = 1")
        .set("port = 8080", "port = 80")
        .waive("SLW-SCL-006", "leader-elected singleton by design")
        .waive("SLW-SVC-007", "the image grants NET_BIND_SERVICE")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void aWaiverWithoutReasonWaivesNothing() {
    orders()
        .set("min = 3", "min = 1")
        .waive("SLW-SCL-006", "")
        .error(
            "[SLW-WVR-002] @Waive(rule = \"SLW-SCL-006\") has a blank reason = \"\", so it is not applied; write why the rule does not apply to this service")
        .on("min = 1")
        .warning(
            "[SLW-SCL-006] @Scaling(min = 1) runs a single replica, so every node drain or crash is an outage; set min >= 2")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void aWaiverOfANonWaivableRuleKeepsTheError() {
    orders()
        .set("port = 8080", "port = 70000")
        .waive("SLW-SVC-006", "we know better")
        .error(
            "[SLW-WVR-003] @Waive(rule = \"SLW-SVC-006\") names a rule that cannot be waived, because it reports a value that would not work; fix the value and remove the waiver")
        .error(
            "[SLW-SVC-006] @Service(port = 70000) is outside 1..65535; use the port the service listens on, e.g. 8080",
            Spec.ORDERS,
            "port = 70000")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void productionOnlyRulesApplyToProductionAlone() {
    // SLW-CAN-009 would find the 10 % step on three pods, but it is dev's, and dev is no production
    RuleSpecsTest.ingressOrders()
        .annotate("@Environment(name = \"dev\", steps = {10})")
        .verify(JAVAC, SYSTEM_JAVAC);
    RuleSpecsTest.ingressOrders()
        .set("steps = {25, 50}", "steps = {10}")
        .warning(
            "[SLW-CAN-009] @Canary(steps = {10}) has the step 10, but without traffic routing Argo Rollouts approximates it with pods: with @Scaling(min = 3) the canary gets 1 pod beside 3 stable, 25 % of the requests; run at least 9 replicas for 10 %, or expose orders through a Gateway (@Expose) so that its route carries the exact weight")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void aRuleThatIsNotProductionOnlyRunsOnEachEnvironmentAndIsWaivedThere() {
    orders()
        .annotate(
            "@Environment(name = \"dev\", env = @Env(name = \"DB_PASSWORD\", value = \"hunter2\"))")
        .error(
            "[SLW-ENV-006] in dev: @Env(name = \"DB_PASSWORD\") names a credential but has a literal value; read it from a Secret: secret = \"<secret>\", key = \"<key>\"")
        .verify(JAVAC, SYSTEM_JAVAC);
    orders()
        .annotate(
            "@Environment(name = \"dev\", env = @Env(name = \"DB_PASSWORD\", value = \"hunter2\"))")
        .waive("SLW-ENV-006", "dev's throw-away database, reset every night")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void theRetiredProfileOptionRelaxesNothing() {
    orders()
        .set("min = 3", "min = 1")
        .option("slipway.profile", "dev")
        .optionWarning(
            "[SLW-OPT-013] -Aslipway.profile=dev has no effect any more: rules that only matter in production apply to the production environment, the base annotations; remove the option, and declare what differs in other environments with @Environment")
        .on("min = 1")
        .warning(
            "[SLW-SCL-006] @Scaling(min = 1) runs a single replica, so every node drain or crash is an outage; set min >= 2")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void productionOnlyRulesAreNeverApiInvalid() {
    assertThat(
            Rulebook.ALL.stream().filter(Rule::productionOnly).filter(r -> !r.waivable()).toList())
        .isEmpty();
  }
}
