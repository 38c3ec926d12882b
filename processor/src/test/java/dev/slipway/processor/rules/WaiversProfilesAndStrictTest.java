package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.slipway.processor.rules.Spec.orders;

import com.google.testing.compile.Compiler;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** How waivers, -Aslipway.strict and -Aslipway.profile change what fails the build. */
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
  void aReplicaApproximatedCanaryIsWaivableWithAReasonAndSkippedInTheDevProfile() {
    orders()
        .set(Sources.ORDERS_GATEWAY, Sources.ORDERS_INGRESS)
        .waive("SLW-CAN-009", "the nginx controller in front splits by request, not by pod")
        .verify(JAVAC, SYSTEM_JAVAC);
    orders()
        .set(Sources.ORDERS_GATEWAY, Sources.ORDERS_INGRESS)
        .option("slipway.profile", "dev")
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
  void theDevProfileSkipsProductionOnlyRules() {
    orders()
        .set("min = 3", "min = 1")
        .set("image = \"ghcr.io/acme/orders:1.4.2\"", "image = \"ghcr.io/acme/orders:latest\"")
        .remove(Sources.ORDERS_HEALTH_CHECK)
        .option("slipway.profile", "dev")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void theDevProfileKeepsApiInvalidValuesAsErrors() {
    orders()
        .set("port = 8080", "port = 70000")
        .option("slipway.profile", "dev")
        .error(
            "[SLW-SVC-006] @Service(port = 70000) is outside 1..65535; use the port the service listens on, e.g. 8080")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void anUnknownProfileIsAnErrorThatRelaxesNothing() {
    orders()
        .set("min = 3", "min = 1")
        .option("slipway.profile", "develop")
        .optionError(
            "[SLW-OPT-004] -Aslipway.profile=develop is not a profile; write -Aslipway.profile=dev to skip the production-only rules, or -Aslipway.profile=production (the default) to apply every rule")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void productionOnlyRulesAreNeverApiInvalid() {
    assertThat(
            Rulebook.ALL.stream().filter(Rule::productionOnly).filter(r -> !r.waivable()).toList())
        .isEmpty();
  }
}
