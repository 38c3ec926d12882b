package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.slipway.processor.rules.Spec.orders;

import com.google.testing.compile.Compiler;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One compile-time spec per rule: the realistic orders service with one attribute changed, the
 * exact diagnostic, the line of the attribute, and no artifact when it is an error.
 */
class RuleSpecsTest {

  /** The orders service's whole {@code @Canary}, to swap for another strategy. */
  static final String CANARY =
      "@Canary(\n    steps = {10, 25, 50},\n    pause = \"5m\",\n    maxErrorRate = 0.01,\n    maxLatencyP99 = \"500ms\")";

  static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

  /** The orders service exposed through an Ingress, with canary steps its three replicas honour. */
  static Spec ingressOrders() {
    return orders()
        .set("steps = {10, 25, 50}", "steps = {25, 50}")
        .set(Sources.ORDERS_GATEWAY, Sources.ORDERS_INGRESS);
  }

  /** The orders service's canary with {@code header = "X-Canary"} and whatever follows. */
  static final String HEADER = "maxLatencyP99 = \"500ms\",\n    header = ";

  static Stream<Spec> specs() {
    return Stream.concat(WorkloadRuleSpecs.specs(), serviceSpecs());
  }

  private static Stream<Spec> serviceSpecs() {
    return Stream.of(
        // Blue-green
        orders()
            .set(CANARY, "@BlueGreen(promotionDelay = \"soon\")")
            .error(
                "[SLW-BG-001] @BlueGreen(promotionDelay = \"soon\") is not a duration; write a duration of whole seconds such as \"1m\", \"90s\" or \"2h\""),
        orders()
            .set(CANARY, "@BlueGreen(maxErrorRate = 5)")
            .error(
                "[SLW-BG-002] @BlueGreen(maxErrorRate = 5.0) is not a ratio in (0, 1); write the highest acceptable share of failed requests as a fraction, e.g. 0.01 for 1 %"),
        orders()
            .set(CANARY, "@BlueGreen(maxLatencyP99 = \"500\")")
            .error(
                "[SLW-BG-003] @BlueGreen(maxLatencyP99 = \"500\") is not a positive duration; write the p99 latency the preview must stay under, e.g. \"500ms\""),
        orders()
            .annotate("@BlueGreen")
            .error(
                "[SLW-BG-004] @BlueGreen cannot be added to orders, which is already @Canary: a Rollout has one strategy; keep @Canary to shift traffic step by step, or @BlueGreen to switch all of it at once after analysis"),
        orders()
            .set(CANARY, "@BlueGreen(promotionDelay = \"10m\", scaleDownDelay = \"2m\")")
            .on("@BlueGreen(")
            .warning(
                "[SLW-BG-005] @BlueGreen(scaleDownDelay = \"2m\") is shorter than promotionDelay = \"10m\", the post-promotion analysis: the old version would be gone before a failure could switch back to it; raise scaleDownDelay to at least \"10m\""),
        // Environments
        orders()
            .annotate("@Environment(name = \"qa\", min = 1)")
            .error(
                "[SLW-ENVS-001] @Environment(name = \"qa\") is not an environment of -Aslipway.environments=dev,staging,prod; name one of \"dev\", \"staging\", or add \"qa\" to the option"),
        orders()
            .annotate("@Environment(name = \"prod\", min = 2)")
            .error(
                "[SLW-ENVS-002] @Environment(name = \"prod\") overrides production, the last of -Aslipway.environments, which runs exactly what the base annotations say; write these values in @Service, @Scaling or @Expose instead"),
        orders()
            // in javac's implicit container a repeated annotation has no position of its own
            .annotate(
                "@Environment.List({\n    @Environment(name = \"dev\", min = 1),\n    @Environment(name = \"dev\", cpu = \"100m\")\n})")
            .on("cpu = \"100m\")")
            .error(
                "[SLW-ENVS-003] @Environment(name = \"dev\") is a second override of dev; merge it into the first @Environment(name = \"dev\")"),
        orders()
            .annotate("@Environment(name = \"staging\", min = 2, max = 1)")
            .error(
                "[SLW-ENVS-007] @Environment(name = \"staging\", max = 1) leaves staging with min = 2 above max = 1; the autoscaler's floor cannot exceed its ceiling: raise max to at least 2"),
        orders()
            .annotate("@Environment(name = \"dev\", min = -1)")
            .error(
                "[SLW-ENVS-007] @Environment(name = \"dev\", min = -1) is negative; write a replica count of at least 1, or 0 to inherit"),
        orders()
            .annotate("@Environment(name = \"staging\", min = 4)")
            .warning(
                "[SLW-ENVS-008] @Environment(name = \"staging\", min = 4) is more than production's @Scaling(min = 3): staging runs more than production, so what passes there says little about prod; lower min to at most 3, or raise production's"),
        orders()
            .annotate("@Environment(name = \"staging\", memoryLimit = \"1Gi\")")
            .warning(
                "[SLW-ENVS-008] @Environment(name = \"staging\", memoryLimit = \"1Gi\") is more than production's @Resources(memoryLimit = \"512Mi\"): staging runs more than production, so what passes there says little about prod; lower memoryLimit to at most \"512Mi\", or raise production's"),
        orders()
            .annotate("@Environment(name = \"staging\", max = 20)")
            .warning(
                "[SLW-ENVS-008] @Environment(name = \"staging\", max = 20) is more than production's @Scaling(max = 12): staging scales further than production, so what passes there says little about prod; lower max to at most 12, or raise production's"),
        orders()
            .annotate("@Environment(name = \"staging\", cpuLimit = \"2\")")
            .warning(
                "[SLW-ENVS-008] @Environment(name = \"staging\", cpuLimit = \"2\") is more than production's @Resources(cpuLimit = \"1\"): staging runs more than production, so what passes there says little about prod; lower cpuLimit to at most \"1\", or raise production's"),
        orders()
            .annotate("@Environment(name = \"dev\", host = \"https://orders.dev.acme.example\")")
            .error(
                "[SLW-ENVS-009] @Environment(name = \"dev\", host = \"https://orders.dev.acme.example\") has a scheme; write the bare host name of dev, e.g. \"orders.dev.acme.com\""),
        orders()
            .annotate("@Environment(name = \"staging\", host = \"orders.acme.example\")")
            .error(
                "[SLW-ENVS-009] @Environment(name = \"staging\", host = \"orders.acme.example\") is production's host too, so a shared gateway would send production's traffic to staging; write staging's own host, or leave host empty for the derived \"orders-staging.acme.example\""),
        orders()
            .set(CANARY, "@BlueGreen")
            .annotate("@Environment(name = \"dev\", rollingUpdate = true)")
            .error(
                "[SLW-ENVS-011] @Environment(name = \"dev\", rollingUpdate = true) has no effect: orders has no @Canary (it is @BlueGreen); remove it, or roll the service out with @Canary"),
        orders()
            .set(CANARY, "")
            .annotate("@Environment(name = \"dev\", manualGate = Environment.Gate.MANUAL)")
            .error(
                "[SLW-ENVS-011] @Environment(name = \"dev\", manualGate = Gate.MANUAL) has no effect: orders has no @Canary; remove it, or roll the service out with @Canary"),
        // Every other rule again, on each environment an @Environment changes
        orders()
            .annotate("@Environment(name = \"dev\", memory = \"1Gi\")")
            .error(
                "[SLW-RES-004] in dev: @Environment(name = \"dev\", memory = \"1Gi\") is more than memoryLimit = \"512Mi\"; a request cannot exceed its limit: lower memory or raise memoryLimit to at least \"1Gi\""),
        orders()
            // the request is production's; what staging changed is its limit, so that is where
            .annotate("@Environment(name = \"staging\", cpuLimit = \"200m\")")
            .error(
                "[SLW-RES-003] in staging: @Resources(cpu = \"250m\") is more than cpuLimit = \"200m\"; a request cannot exceed its limit: lower cpu or raise cpuLimit to at least \"250m\""),
        orders()
            .annotate("@Environment(name = \"dev\", cpu = \"lots\")")
            .error(
                "[SLW-RES-001] in dev: @Environment(name = \"dev\", cpu = \"lots\") is not a Kubernetes quantity; write a number with an optional suffix, e.g. \"250m\" or \"0.5\""),
        orders()
            .annotate("@Environment(name = \"dev\", memory = \"256m\")")
            .error(
                "[SLW-RES-002] in dev: @Environment(name = \"dev\", memory = \"256m\") is 0.256 bytes ('m' means milli); write whole bytes with a unit such as \"Mi\" or \"Gi\", e.g. \"256Mi\""),
        orders()
            .annotate("@Environment(name = \"dev\", memory = \"64Mi\", memoryLimit = \"96Mi\")")
            .error(
                "[SLW-RES-010] in dev: @Environment(name = \"dev\", memoryLimit = \"96Mi\") is less than the 128Mi a Slipway runtime service needs: 96Mi outside the heap and a 32Mi heap, or the pod is OOM-killed under load; raise memoryLimit to at least \"128Mi\""),
        orders()
            .annotate(
                "@Environment(name = \"dev\", env = @Env(name = \"LOG_LEVEL\", value = \"debug\", secret = \"orders-dev\"))")
            .error(
                "[SLW-ENV-003] in dev: @Env(name = \"LOG_LEVEL\") has value and secret; keep exactly one source: value, secret or configMap"),
        orders()
            .annotate("@Environment(name = \"staging\", steps = {50, 25})")
            .error(
                "[SLW-CAN-003] in staging: @Environment(name = \"staging\", steps = {50, 25}) has the step 25 after 50; list the steps in strictly increasing order"),
        orders()
            .annotate("@Environment(name = \"dev\", pause = \"soon\")")
            .error(
                "[SLW-CAN-004] in dev: @Environment(name = \"dev\", pause = \"soon\") is not a duration; write the bake time per step in s, m or h, e.g. \"30s\" or \"5m\""),
        // Canary
        orders()
            .set("steps = {10, 25, 50}", "steps = {}")
            .error(
                "[SLW-CAN-001] @Canary(steps = {}) has no steps, so the new version would take all traffic at once; list traffic shares in percent, e.g. steps = {10, 25, 50}"),
        orders()
            .set("steps = {10, 25, 50}", "steps = {10, 25, 100}")
            .error(
                "[SLW-CAN-002] @Canary(steps = {10, 25, 100}) has the step 100, outside 1..99; a step is the canary's traffic share in percent, and promotion to 100 follows the last step by itself"),
        orders()
            .set("steps = {10, 25, 50}", "steps = {10, 50, 25}")
            .error(
                "[SLW-CAN-003] @Canary(steps = {10, 50, 25}) has the step 25 after 50; list the steps in strictly increasing order"),
        orders()
            .set("pause = \"5m\"", "pause = \"1d\"")
            .error(
                "[SLW-CAN-004] @Canary(pause = \"1d\") uses days, which Argo Rollouts does not accept (Go durations have no 'd'); write it in hours, e.g. \"24h\""),
        orders()
            .set("maxErrorRate = 0.01", "maxErrorRate = 5.0")
            .error(
                "[SLW-CAN-005] @Canary(maxErrorRate = 5.0) is not a ratio in (0, 1); write the highest acceptable share of failed requests as a fraction, e.g. 0.01 for 1 %"),
        orders()
            .set("maxLatencyP99 = \"500ms\"", "maxLatencyP99 = \"500\"")
            .error(
                "[SLW-CAN-006] @Canary(maxLatencyP99 = \"500\") is not a duration with a unit; write the p99 latency the canary must stay under, e.g. \"500ms\""),
        orders()
            .set("maxLatencyP99 = \"500ms\")", HEADER + "\"X Canary\")")
            .on("header = ")
            .error(
                "[SLW-CAN-007] @Canary(header = \"X Canary\") is not an HTTP header name (letters, digits and !#$%&'*+-.^_`|~); write a header name such as \"X-Canary\""),
        orders()
            .set(
                "maxLatencyP99 = \"500ms\")", HEADER + "\"X-Canary\",\n    headerValue = \" yes\")")
            .on("headerValue = ")
            .error(
                "[SLW-CAN-007] @Canary(headerValue = \" yes\") is not visible ASCII characters and inner spaces, as an exact header match needs; write the value smoke tests send, e.g. \"true\""),
        ingressOrders()
            .set("maxLatencyP99 = \"500ms\")", HEADER + "\"X-Canary\")")
            .on("header = ")
            .error(
                "[SLW-CAN-008] @Canary(header = \"X-Canary\") needs traffic routing, but orders is exposed through an Ingress, which cannot route by header, so no request would reach the canary by it; expose it through a Gateway with @Expose(host = ..., gateway = ...), or remove header"),
        orders()
            .set("steps = {10, 25, 50}", "steps = {25, 50}")
            .remove(Sources.ORDERS_EXPOSE)
            .set("maxLatencyP99 = \"500ms\")", HEADER + "\"X-Canary\")")
            .on("header = ")
            .error(
                "[SLW-CAN-008] @Canary(header = \"X-Canary\") needs traffic routing, but orders is not exposed through a Gateway, so no request would reach the canary by it; expose it through a Gateway with @Expose(host = ..., gateway = ...), or remove header"),
        orders()
            .set(Sources.ORDERS_GATEWAY, Sources.ORDERS_INGRESS)
            .on("steps = {10, 25, 50}")
            .warning(
                "[SLW-CAN-009] @Canary(steps = {10, 25, 50}) has the step 10, but without traffic routing Argo Rollouts approximates it with pods: with @Scaling(min = 3) the canary gets 1 pod beside 3 stable, 25 % of the requests; run at least 9 replicas for 10 %, or expose orders through a Gateway (@Expose) so that its route carries the exact weight"),
        orders()
            .remove(Sources.ORDERS_EXPOSE)
            .remove(Sources.ORDERS_SCALING)
            .on("steps = {10, 25, 50}")
            .warning(
                "[SLW-CAN-009] @Canary(steps = {10, 25, 50}) has the step 10, but without traffic routing Argo Rollouts approximates it with pods: with the default 2 replicas the canary gets 1 pod beside 2 stable, 33.3 % of the requests; run at least 9 replicas for 10 %, or expose orders through a Gateway (@Expose) so that its route carries the exact weight")
            .warning(
                "[SLW-CAN-009] @Canary(steps = {10, 25, 50}) has the step 25, but without traffic routing Argo Rollouts approximates it with pods: with the default 2 replicas the canary gets 1 pod beside 2 stable, 33.3 % of the requests; run at least 3 replicas for 25 %, or expose orders through a Gateway (@Expose) so that its route carries the exact weight"),
        // Blue-green shifts all traffic at once: no step for pods to approximate
        orders().set(CANARY, "@BlueGreen").set(Sources.ORDERS_GATEWAY, Sources.ORDERS_INGRESS),
        // Dependencies
        orders()
            .set("dependsOn = {\"payments\"}", "dependsOn = {\"Payments\"}")
            .error(
                "[SLW-DEP-001] @Service(dependsOn = \"Payments\") contains uppercase letters; a dependency is another service's name: lowercase letters, digits and '-', starting with a letter, at most 63 characters"),
        orders()
            .set("dependsOn = {\"payments\"}", "dependsOn = {\"payments\", \"orders\"}")
            .error(
                "[SLW-DEP-002] @Service(dependsOn = \"orders\") is this service itself; remove it or name the service it calls"),
        orders()
            .set("dependsOn = {\"payments\"}", "dependsOn = {\"payments\", \"payments\"}")
            .warning(
                "[SLW-DEP-003] @Service(dependsOn = \"payments\") is listed more than once; remove the repeated entry"),
        orders()
            .source(
                Spec.PAYMENTS,
                Sources.PAYMENTS.replace(
                    "team = \"payments\")", "team = \"payments\",\n    dependsOn = \"orders\")"))
            .on("dependsOn = {\"payments\"}")
            .error(
                "[SLW-DEP-004] @Service(dependsOn = \"payments\") closes the dependency cycle orders -> payments -> orders; services in a cycle cannot start or fail independently: remove one of these calls")
            .error(
                "[SLW-DEP-004] @Service(dependsOn = \"orders\") closes the dependency cycle payments -> orders -> payments; services in a cycle cannot start or fail independently: remove one of these calls",
                Spec.PAYMENTS,
                "dependsOn = \"orders\""),
        orders()
            .set("dependsOn = {\"payments\"}", "dependsOn = {\"payments\", \"inventory\"}")
            .warning(
                "[SLW-DEP-005] @Service(dependsOn = \"inventory\") is not a @Service in this compile, so its egress rule trusts a Service of that name blindly; check the name, or waive SLW-DEP-005 for a service built elsewhere"),
        // Environment
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"LOG LEVEL\", value = \"info\")")
            .error(
                "[SLW-ENV-001] @Env(name = \"LOG LEVEL\") is not letters, digits, '_', '-' and '.', starting with a letter, '_', '-' or '.'; use letters, digits and '_', starting with a letter, e.g. \"LOG_LEVEL\""),
        orders()
            .set(
                "@Env(name = \"DATABASE_URL\", secret = \"orders-db\", key = \"url\")",
                "@Env(name = \"DATABASE_URL\", secret = \"orders-db\", key = \"url\"),\n        @Env(name = \"LOG_LEVEL\", value = \"debug\")")
            .on("value = \"debug\"")
            .error(
                "[SLW-ENV-002] @Env(name = \"LOG_LEVEL\") is set more than once and the container would see only the last value; remove or rename the repeated entry"),
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"LOG_LEVEL\", value = \"info\", configMap = \"orders-config\")")
            .error(
                "[SLW-ENV-003] @Env(name = \"LOG_LEVEL\") has value and configMap; keep exactly one source: value, secret or configMap"),
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"LOG_LEVEL\", value = \"info\", key = \"level\")")
            .error(
                "[SLW-ENV-004] @Env(name = \"LOG_LEVEL\", key = \"level\") has a key but no secret or configMap to read it from; add secret = \"...\" or configMap = \"...\", or remove key"),
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"PAYMENTS_URL\", value = \"https://orders:hunter2@payments.acme.example\")")
            .error(
                "[SLW-ENV-005] @Env(name = \"PAYMENTS_URL\") has a literal value that looks like a URL with a password (not repeated here); store it in a Secret, use secret = \"<secret>\", key = \"<key>\", and rotate it"),
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"DB_PASSWORD\", value = \"hunter2\")")
            .error(
                "[SLW-ENV-006] @Env(name = \"DB_PASSWORD\") names a credential but has a literal value; read it from a Secret: secret = \"<secret>\", key = \"<key>\""),
        orders()
            .set("secret = \"orders-db\"", "secret = \"Orders_DB\"")
            .error(
                "[SLW-ENV-007] @Env(name = \"DATABASE_URL\", secret = \"Orders_DB\") is not lowercase letters, digits, '-' and '.', starting and ending with a letter or digit; a Secret name is lowercase letters, digits, '-' and '.', starting and ending with a letter or digit"),
        orders()
            .set("key = \"url\"", "key = \"db url\"")
            .error(
                "[SLW-ENV-008] @Env(name = \"DATABASE_URL\", key = \"db url\") is not letters, digits, '-', '_' and '.'; a key is letters, digits, '-', '_' and '.', e.g. \"url\""),
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"JAVA_TOOL_OPTIONS\", value = \"-Xmx480m\")")
            .warning(
                "[SLW-ENV-009] @Env(name = \"JAVA_TOOL_OPTIONS\", value = \"-Xmx480m\") leaves 32Mi of memoryLimit = \"512Mi\" outside a 480Mi heap, less than the 96Mi a Slipway runtime service needs for metaspace, code cache and threads; lower the heap to at most 416Mi or raise memoryLimit to at least \"576Mi\""),
        Spec.springOrders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"JDK_JAVA_OPTIONS\", value = \"-XX:MaxRAMPercentage=75\")")
            .warning(
                "[SLW-ENV-009] @Env(name = \"JDK_JAVA_OPTIONS\", value = \"-XX:MaxRAMPercentage=75\") leaves 128Mi of memoryLimit = \"512Mi\" outside a 384Mi heap, less than the 192Mi a Spring Boot service needs for metaspace, code cache and threads; lower the heap to at most 320Mi or raise memoryLimit to at least \"576Mi\""),
        // Expose
        orders()
            .set("host = \"orders.acme.example\"", "host = \"https://orders.acme.example\"")
            .error(
                "[SLW-EXP-001] @Expose(host = \"https://orders.acme.example\") has a scheme; write the bare public host name, e.g. \"orders.acme.com\""),
        orders()
            .set("path = \"/\"", "path = \"orders\"")
            .error(
                "[SLW-EXP-002] @Expose(path = \"orders\") does not start with '/'; write a path prefix starting with '/', e.g. \"/orders\""),
        orders()
            .set("path = \"/\"", "path = \"/api//orders\"")
            .error(
                "[SLW-EXP-002] @Expose(path = \"/api//orders\") contains \"//\", which an HTTPRoute path does not accept; write a path prefix starting with '/', e.g. \"/orders\""),
        ingressOrders()
            .set("tlsSecret = \"orders-tls\"", "tlsSecret = \"\"")
            .error(
                "[SLW-EXP-003] @Expose(host = \"orders.acme.example\") has no tlsSecret, so it would be served over plain HTTP; set tlsSecret to the Secret holding its certificate, e.g. tlsSecret = \"orders-tls\""),
        ingressOrders()
            .set("tlsSecret = \"orders-tls\"", "tlsSecret = \"Orders_TLS\"")
            .error(
                "[SLW-EXP-004] @Expose(tlsSecret = \"Orders_TLS\") is not lowercase letters, digits, '-' and '.', starting and ending with a letter or digit; a Secret name is lowercase letters, digits, '-' and '.', e.g. \"orders-tls\""),
        ingressOrders()
            .set("ingressClass = \"nginx\"", "ingressClass = \"Nginx Public\"")
            .error(
                "[SLW-EXP-005] @Expose(ingressClass = \"Nginx Public\") is not lowercase letters, digits, '-' and '.', starting and ending with a letter or digit; write the IngressClass name, e.g. \"nginx\", or \"\" for the cluster's default"),
        orders()
            .set(
                "host = \"orders.acme.example\"",
                "host = \"orders-" + "x".repeat(50) + ".acme.example\"")
            .error(
                "[SLW-EXP-006] @Expose(host = \"orders-"
                    + "x".repeat(50)
                    + ".acme.example\") gives the staging host \"orders-"
                    + "x".repeat(50)
                    + "-staging.acme.example\", which has a part longer than 63 characters; shorten the first part of the host to at most 55 characters"),
        // staging's own host replaces the derived one that would be too long; dev's still fits
        orders()
            .set(
                "host = \"orders.acme.example\"",
                "host = \"orders-" + "x".repeat(50) + ".acme.example\"")
            .annotate("@Environment(name = \"staging\", host = \"orders.staging.acme.example\")"),
        orders()
            .set("gateway = \"infra/public\"", "gateway = \"public\"")
            .error(
                "[SLW-EXP-007] @Expose(gateway = \"public\") is not <namespace>/<name>; name the platform's Gateway with its namespace, e.g. \"infra/public\""),
        orders()
            .set("gateway = \"infra/public\"", "gateway = \"Infra/public\"")
            .error(
                "[SLW-EXP-007] @Expose(gateway = \"Infra/public\") has a namespace that contains uppercase letters; name the platform's Gateway with its namespace, e.g. \"infra/public\""),
        orders()
            .remove("    gateway = \"infra/public\",\n")
            .on("@Expose(")
            .error(
                "[SLW-EXP-008] @Expose(host = \"orders.acme.example\") goes through a Gateway, but neither @Expose(gateway) nor -Aslipway.gateway names one; set gateway = \"<namespace>/<name>\" of the platform's Gateway, pass -Aslipway.gateway=<namespace>/<name>, or set via = Expose.Via.INGRESS"),
        // the platform's Gateway, once for every service of the compile
        orders()
            .remove("    gateway = \"infra/public\",\n")
            .option("slipway.gateway", "infra/public"),
        orders()
            .set("listener = \"https\"", "listener = \"HTTPS\"")
            .error(
                "[SLW-EXP-009] @Expose(listener = \"HTTPS\") is not lowercase letters, digits, '-' and '.', starting and ending with a letter or digit; name the Gateway's HTTPS listener as the Gateway has it, e.g. \"https\""),
        orders()
            .set("listener = \"https\")", "listener = \"https\",\n    tlsSecret = \"orders-tls\")")
            .on("tlsSecret = ")
            .error(
                "[SLW-EXP-010] @Expose(tlsSecret = \"orders-tls\") only applies to an Ingress, and this service goes through a Gateway, whose HTTPS listener holds the certificate; remove tlsSecret, or set via = Expose.Via.INGRESS"),
        ingressOrders()
            .set(
                "via = Expose.Via.INGRESS,",
                "via = Expose.Via.INGRESS,\n    gateway = \"infra/public\",")
            .on("gateway = ")
            .error(
                "[SLW-EXP-010] @Expose(gateway = \"infra/public\") only applies to a Gateway route, and this service goes through an Ingress; remove gateway, or remove via = Expose.Via.INGRESS"),
        // Health checks
        orders()
            .remove(Sources.ORDERS_HEALTH_CHECK)
            .on("@Service(")
            .error(
                "[SLW-HLT-001] orders has no @HealthCheck, so it gets no readiness probe and receives traffic before it is ready; add @HealthCheck(readiness = \"/health/ready\")"),
        orders()
            .set("readiness = \"/health/ready\"", "readiness = \"\"")
            .error(
                "[SLW-HLT-001] @HealthCheck(readiness = \"\") leaves the service without a readiness probe; set it to a path that answers 200 only when the service can take traffic, e.g. \"/health/ready\""),
        orders()
            .set("liveness = \"/health/live\"", "liveness = \"health/live\"")
            .error(
                "[SLW-HLT-002] @HealthCheck(liveness = \"health/live\") does not start with '/'; write an absolute path such as \"/health/live\""),
        orders()
            .set("period = \"10s\"", "period = \"10\"")
            .error(
                "[SLW-HLT-003] @HealthCheck(period = \"10\") is not a duration; write whole seconds with a unit, e.g. \"10s\""),
        orders()
            .set("timeout = \"2s\"", "timeout = \"500ms\"")
            .error(
                "[SLW-HLT-004] @HealthCheck(timeout = \"500ms\") is not a whole number of seconds, and Kubernetes counts probe timings in seconds; write e.g. \"1s\""),
        orders()
            .set("timeout = \"2s\"", "timeout = \"10s\"")
            .error(
                "[SLW-HLT-005] @HealthCheck(timeout = \"10s\") is not shorter than period = \"10s\"; set timeout below period"),
        orders()
            .set("failureThreshold = 3", "failureThreshold = 0")
            .error(
                "[SLW-HLT-006] @HealthCheck(failureThreshold = 0) is less than 1; set the number of consecutive failures that count as failed, e.g. 3"),
        orders()
            .set("liveness = \"/health/live\"", "liveness = \"/health/ready/\"")
            .error(
                "[SLW-HLT-007] @HealthCheck(liveness = \"/health/ready/\") is the same endpoint as readiness = \"/health/ready\", so a failing dependency would restart every pod; give liveness its own path that checks only the process, e.g. \"/health/live\""),
        orders()
            .set("port = 0,", "port = -1,")
            .error(
                "[SLW-HLT-008] @HealthCheck(port = -1) is outside 1..65535; use 0 for the service port, or the management port in 1..65535"),
        orders()
            .set("startup = \"/health/started\"", "startup = \"\"")
            .warning(
                "[SLW-HLT-009] @HealthCheck(startup = \"\") leaves liveness = \"/health/live\" probing from the first second, so a slow start ends in a restart loop; keep a startup probe, e.g. \"/health/started\", or set initialDelay"),
        // Image
        orders()
            .set("image = \"ghcr.io/acme/orders:1.4.2\"", "image = \"ghcr.io/Acme/Orders:1.4.2\"")
            .error(
                "[SLW-IMG-001] @Service(image = \"ghcr.io/Acme/Orders:1.4.2\") is not a valid image reference; write [registry[:port]/]repository[:tag][@sha256:digest] with a lowercase repository, e.g. \"ghcr.io/acme/orders:1.4.2\""),
        orders()
            .set("image = \"ghcr.io/acme/orders:1.4.2\"", "image = \"registry.local:5000/orders\"")
            .error(
                "[SLW-IMG-002] @Service(image = \"registry.local:5000/orders\") has no tag or digest, so every pull may get a different image; add a version tag (\"registry.local:5000/orders:1.4.2\") or a digest, or pass -Aslipway.tag=<version>"),
        orders()
            .set("image = \"ghcr.io/acme/orders:1.4.2\"", "image = \"ghcr.io/acme/orders:latest\"")
            .error(
                "[SLW-IMG-003] @Service(image = \"ghcr.io/acme/orders:latest\") uses the tag \"latest\", which moves with every push and makes rollbacks impossible; use an immutable version tag or a digest"),
        orders()
            .set(
                "image = \"ghcr.io/acme/orders:1.4.2\"",
                "image = \"ghcr.io/acme/orders:1.5.0-SNAPSHOT\"")
            .warning(
                "[SLW-IMG-004] @Service(image = \"ghcr.io/acme/orders:1.5.0-SNAPSHOT\") uses the tag \"1.5.0-SNAPSHOT\", which is pushed again and again; use an immutable version tag or a digest"),
        orders()
            .remove("    image = \"ghcr.io/acme/orders:1.4.2\",\n")
            .on("@Service(")
            .error(
                "[SLW-IMG-005] @Service(image) is empty and -Aslipway.registry is not set, so there is no image to deploy; set image = \"registry/orders:<version>\" or pass -Aslipway.registry=<registry/path>"),
        // Lifecycle
        orders()
            .set("drain = \"10s\"", "drain = \"ten seconds\"")
            .error(
                "[SLW-LIF-001] @Service(drain = \"ten seconds\") is not a duration; write a number with a unit, e.g. \"10s\""),
        orders()
            .set("gracePeriod = \"30s\"", "gracePeriod = \"10s\"")
            .error(
                "[SLW-LIF-002] @Service(gracePeriod = \"10s\") is not longer than drain = \"10s\", so Kubernetes kills the process while it is still draining; set gracePeriod to at least \"20s\""),
        orders()
            .set("drain = \"10s\"", "drain = \"0s\"")
            .warning(
                "[SLW-LIF-003] @Service(drain = \"0s\") stops serving the moment Kubernetes sends SIGTERM, while endpoints still route to the pod; drain for a few seconds, e.g. \"10s\""),
        // Metrics
        orders()
            .annotate("@Metrics(path = \"metrics\")")
            .error(
                "[SLW-MET-001] @Metrics(path = \"metrics\") does not start with '/'; write an absolute path such as \"/metrics\""),
        orders()
            .annotate("@Metrics(interval = \"30\")")
            .error(
                "[SLW-MET-002] @Metrics(interval = \"30\") is not a positive duration; write e.g. \"30s\""),
        orders()
            .annotate("@Metrics(port = 70000)")
            .error(
                "[SLW-MET-003] @Metrics(port = 70000) is outside 1..65535; use 0 for the health-check port, or the metrics port in 1..65535"),
        // Options
        orders()
            .option("slipway.enviroments", "qa,prod")
            .optionWarning(
                "[SLW-OPT-001] -Aslipway.enviroments is not a Slipway option, so it is ignored; did you mean -Aslipway.environments?"),
        orders()
            .option("slipway.tag", null)
            .optionError(
                "[SLW-OPT-002] -Aslipway.tag has no value; write it with '=', e.g. -Aslipway.tag=${project.version}"),
        orders()
            .option("slipway.strict", "yes")
            .optionError(
                "[SLW-OPT-003] -Aslipway.strict=yes is not true or false; write -Aslipway.strict=true or -Aslipway.strict=false"),
        orders()
            .option("slipway.profile", "dev")
            .optionWarning(
                "[SLW-OPT-013] -Aslipway.profile=dev has no effect any more: rules that only matter in production apply to the production environment, the base annotations; remove the option, and declare what differs in other environments with @Environment"),
        orders()
            .option("slipway.environments", "dev,pre prod")
            .optionError(
                "[SLW-OPT-005] -Aslipway.environments=dev,pre prod has the environment \"pre prod\", which contains characters other than lowercase letters, digits and '-'; an environment name becomes a directory, a namespace and a label value: write lowercase letters, digits and '-', e.g. \"pre-prod\""),
        orders()
            .option("slipway.environmentTags", "dev:1.5.0")
            .optionError(
                "[SLW-OPT-006] -Aslipway.environmentTags=dev:1.5.0 has the entry \"dev:1.5.0\", which is not <environment>=<tag>; write e.g. -Aslipway.environmentTags=dev=1.5.0"),
        orders()
            .option("slipway.tag", "1.5 0")
            .optionError(
                "[SLW-OPT-007] -Aslipway.tag=1.5 0 is not an image tag: letters, digits, '_', '.' and '-', starting with a letter, digit or '_', at most 128 characters; pass the version to deploy, e.g. -Aslipway.tag=1.5.0"),
        orders()
            .option("slipway.registry", "ghcr.io/Acme")
            .optionError(
                "[SLW-OPT-008] -Aslipway.registry=ghcr.io/Acme is not a registry and repository path; write [registry[:port]/]path in lowercase, without scheme, tag or digest, e.g. -Aslipway.registry=ghcr.io/acme"),
        orders()
            .option("slipway.namespace", "{team}_{env}")
            .optionError(
                "[SLW-OPT-009] -Aslipway.namespace={team}_{env} contains \"_\", but a namespace is lowercase letters, digits and '-', starting and ending with a letter or digit; write e.g. -Aslipway.namespace={team}-{env}"),
        orders()
            .option("slipway.prometheusUrl", "prometheus:9090")
            .optionError(
                "[SLW-OPT-010] -Aslipway.prometheusUrl=prometheus:9090 is not an absolute http or https URL; write e.g. -Aslipway.prometheusUrl=http://prometheus-operated.monitoring.svc:9090"),
        orders()
            .set("team = \"commerce\"", "team = \"Commerce\"")
            .option("slipway.namespace", "{team}-{env}")
            .error(
                "[SLW-OPT-011] @Service(team = \"Commerce\") gives the namespace \"Commerce-dev\" in dev through -Aslipway.namespace={team}-{env}, which contains uppercase letters; a namespace is lowercase letters, digits and '-': use a team such as \"commerce\", or a namespace pattern without {team}"),
        orders()
            .option("slipway.gateway", "infra")
            .optionError(
                "[SLW-OPT-012] -Aslipway.gateway=infra is not <namespace>/<name>; pass the Gateway with its namespace, e.g. -Aslipway.gateway=infra/public"),
        // Resources
        orders()
            .set("cpu = \"250m\"", "cpu = \"250 m\"")
            .error(
                "[SLW-RES-001] @Resources(cpu = \"250 m\") is not a Kubernetes quantity; write a number with an optional suffix, e.g. \"250m\" or \"0.5\""),
        orders()
            .set("memory = \"256Mi\"", "memory = \"256m\"")
            .error(
                "[SLW-RES-002] @Resources(memory = \"256m\") is 0.256 bytes ('m' means milli); write whole bytes with a unit such as \"Mi\" or \"Gi\", e.g. \"256Mi\""),
        orders()
            .set("cpu = \"250m\"", "cpu = \"2\"")
            .error(
                "[SLW-RES-003] @Resources(cpu = \"2\") is more than cpuLimit = \"1\"; a request cannot exceed its limit: lower cpu or raise cpuLimit to at least \"2\""),
        orders()
            .set("memoryLimit = \"512Mi\"", "memoryLimit = \"1G\"")
            .set("memory = \"256Mi\"", "memory = \"1Gi\"")
            .error(
                "[SLW-RES-004] @Resources(memory = \"1Gi\") is more than memoryLimit = \"1G\"; a request cannot exceed its limit: lower memory or raise memoryLimit to at least \"1Gi\""),
        orders()
            .set("memory = \"256Mi\"", "memory = \"0\"")
            .error(
                "[SLW-RES-005] @Resources(memory = \"0\") is zero, so the scheduler cannot place the pod by what it needs; set the typical use, e.g. \"256Mi\""),
        orders()
            .set("memoryLimit = \"512Mi\"", "memoryLimit = \"\"")
            .error(
                "[SLW-RES-006] @Resources(memoryLimit = \"\") is not set, so one leaking pod can take the node's memory; set it above the peak use, e.g. \"512Mi\""),
        orders()
            .set("memory = \"256Mi\"", "memory = \"512\"")
            .warning(
                "[SLW-RES-007] @Resources(memory = \"512\") is less than 16Mi, too little for a JVM; did you mean \"512Mi\"?"),
        orders()
            .set("cpu = \"250m\"", "cpu = \"0.0005\"")
            .warning(
                "[SLW-RES-008] @Resources(cpu = \"0.0005\") is finer than 1m, and Kubernetes rounds it up; write whole millicores, e.g. \"1m\""),
        orders()
            .set("cpuLimit = \"1\"", "cpuLimit = \"\"")
            .set("cpu = \"250m\"", "cpu = \"500\"")
            .error(
                "[SLW-RES-009] @Resources(cpu = \"500\") is 500 cores, more than 64, so no node could run it; did you mean \"500m\"?"),
        orders()
            .set("memoryLimit = \"512Mi\"", "memoryLimit = \"100Mi\"")
            .set("memory = \"256Mi\"", "memory = \"100Mi\"")
            .on("memoryLimit = ")
            .error(
                "[SLW-RES-010] @Resources(memoryLimit = \"100Mi\") is less than the 128Mi a Slipway runtime service needs: 96Mi outside the heap and a 32Mi heap, or the pod is OOM-killed under load; raise memoryLimit to at least \"128Mi\""),
        Spec.springOrders()
            .set("memoryLimit = \"512Mi\"", "memoryLimit = \"200Mi\"")
            .set("memory = \"256Mi\"", "memory = \"200Mi\"")
            .on("memoryLimit = ")
            .error(
                "[SLW-RES-010] @Resources(memoryLimit = \"200Mi\") is less than the 256Mi a Spring Boot service needs: 192Mi outside the heap and a 64Mi heap, or the pod is OOM-killed under load; raise memoryLimit to at least \"256Mi\""),
        // Scaling
        orders()
            .set("min = 3", "min = 0")
            .error(
                "[SLW-SCL-001] @Scaling(min = 0) is less than 1; set min >= 1 (2 or more in production)"),
        orders()
            .set("min = 3", "min = 5")
            .set("max = 12", "max = 3")
            .error("[SLW-SCL-002] @Scaling(min = 5) is greater than max = 3; set max >= min"),
        orders()
            .set("cpuUtilization = 70", "cpuUtilization = 150")
            .error(
                "[SLW-SCL-003] @Scaling(cpuUtilization = 150) is outside 0..100; it is a percentage of the request: use 1..100, or 0 to not scale on it"),
        orders()
            .set("cpuUtilization = 70", "cpuUtilization = 0")
            .error(
                "[SLW-SCL-004] @Scaling(cpuUtilization = 0) and memoryUtilization = 0 leave the autoscaler (min 3, max 12) without a metric; set cpuUtilization, e.g. 70, or set max = min"),
        orders()
            .set("cpu = \"250m\"", "cpu = \"\"")
            .waive("SLW-RES-005", "CPU requests are set by the platform's LimitRange")
            .on("cpuUtilization = 70")
            .error(
                "[SLW-SCL-005] @Scaling(cpuUtilization = 70) needs a cpu request, but @Resources(cpu = \"\") is not set; set the request, or set cpuUtilization = 0"),
        orders()
            .set("min = 3", "min = 1")
            .warning(
                "[SLW-SCL-006] @Scaling(min = 1) runs a single replica, so every node drain or crash is an outage; set min >= 2"),
        orders()
            .set("max = 12", "max = 3")
            .on("cpuUtilization = 70")
            .warning(
                "[SLW-SCL-007] @Scaling(cpuUtilization = 70) has no effect because max = min = 3 is a fixed replica count; raise max to autoscale, or remove cpuUtilization"),
        // Network egress
        orders()
            .set("cidr = \"10.20.0.0/16\",", "")
            .on("@Egress(")
            .error(
                "[SLW-NET-001] @Egress names no peer; write host = \"api.stripe.com\", cidr = \"10.20.0.0/16\" or namespace = \"kafka\""),
        orders()
            .set(
                "cidr = \"10.20.0.0/16\",", "cidr = \"10.20.0.0/16\", host = \"db.acme.internal\",")
            .on("@Egress(")
            .error(
                "[SLW-NET-001] @Egress(host = \"db.acme.internal\", cidr = \"10.20.0.0/16\") names 2 peers; write one @Egress for each"),
        orders()
            .set("cidr = \"10.20.0.0/16\",", "cidr = \"10.20.0.1/16\",")
            .error(
                "[SLW-NET-002] @Egress(cidr = \"10.20.0.1/16\") has address bits beyond its /16; the network is \"10.20.0.0/16\"; write the network in CIDR notation, e.g. \"10.20.0.0/16\""),
        orders()
            .set("cidr = \"10.20.0.0/16\",", "namespace = \"Kafka\",")
            .error(
                "[SLW-NET-002] @Egress(namespace = \"Kafka\") contains uppercase letters; write the namespace's name, e.g. \"kafka\""),
        orders()
            .set("ports = 5432)", "ports = {5432, 0})")
            .error(
                "[SLW-NET-003] @Egress(ports = {5432, 0}) has the port 0, outside 1..65535; write the port the service connects to, e.g. 5432"),
        orders()
            .set(
                "@Env(name = \"LOG_LEVEL\", value = \"info\")",
                "@Env(name = \"STRIPE_URL\", value = \"https://api.stripe.com/v1\")")
            .warning(
                "[SLW-NET-004] @Env(name = \"STRIPE_URL\", value = \"https://api.stripe.com/v1\") connects to api.stripe.com:443, which neither dependsOn nor an @Egress lets through the NetworkPolicy; declare it: @Egress(host = \"api.stripe.com\", ports = 443)"),
        orders()
            .set("@Egress(\n    cidr = \"10.20.0.0/16\",\n    ports = 5432)", "")
            .on("secret = \"orders-db\"")
            .warning(
                "[SLW-NET-004] @Env(name = \"DATABASE_URL\", secret = \"orders-db\") reads credentials from a Secret, but orders declares no @Egress: its NetworkPolicy lets it reach only DNS and its dependsOn services, so whatever the credentials are for is blocked; declare it, e.g. @Egress(host = \"<host>\", ports = 5432), or waive SLW-NET-004 when the Secret is for a dependsOn service"),
        // Service level objectives
        orders()
            .annotate("@Slo(availability = 100)")
            .error(
                "[SLW-SLO-001] @Slo(availability = 100.0) is not a percentage in (0, 100), and 100 would leave no error budget; write the objective as a percentage, e.g. 99.9"),
        orders()
            .annotate("@Slo(availability = 0.999)")
            .warning(
                "[SLW-SLO-002] @Slo(availability = 0.999) means 0.999 % of requests; write a percentage: 99.9"),
        orders()
            .annotate("@Slo(latency = \"fast\")")
            .error(
                "[SLW-SLO-003] @Slo(latency = \"fast\") is not a positive duration; write the latency threshold, a bucket boundary of the request histogram, e.g. \"300ms\""),
        orders()
            .annotate("@Slo(window = \"3d\")")
            .error(
                "[SLW-SLO-004] @Slo(window = \"3d\") is not whole days or weeks between 7d and 365d; write e.g. \"30d\" or \"4w\""),
        orders()
            .annotate("@Slo(minBadRequests = -1)")
            .error(
                "[SLW-SLO-005] @Slo(minBadRequests = -1) is less than 0; write e.g. 10, or 0 to alert on any burn"),
        // Spring Boot configuration
        Spec.springOrders()
            .setting("server.port=8080", "server.port=9090")
            .on("port = 8080")
            .error(
                "[SLW-SPR-001] @Service(port = 8080) is not the port the app listens on: server.port = 9090 in application.properties; set port = 9090, or change server.port"),
        Spec.springOrders()
            .setting("server.port=8080", "server.port=8080\nmanagement.server.port=8081")
            .on("port = 0")
            .error(
                "[SLW-SPR-002] @HealthCheck(port = 0) sends the probes to port 8080, but Actuator listens on management.server.port = 8081 in application.properties; set port = 8081"),
        Spec.springOrders()
            .setting("probes.enabled=true", "probes.enabled=false")
            .on("liveness = ")
            .error(
                "[SLW-SPR-003] @HealthCheck(liveness = \"/actuator/health/liveness\") is not served by Actuator: management.endpoint.health.probes.enabled = false in application.properties switches the liveness and readiness groups off; remove it")
            .on("readiness = ")
            .error(
                "[SLW-SPR-003] @HealthCheck(readiness = \"/actuator/health/readiness\") is not served by Actuator: management.endpoint.health.probes.enabled = false in application.properties switches the liveness and readiness groups off; remove it")
            .on("startup = ")
            .error(
                "[SLW-SPR-003] @HealthCheck(startup = \"/actuator/health/liveness\") is not served by Actuator: management.endpoint.health.probes.enabled = false in application.properties switches the liveness and readiness groups off; remove it"),
        Spec.springOrders()
            .setting("include=health,prometheus", "include=health,info")
            .on("path = \"/actuator/prometheus\"")
            .error(
                "[SLW-SPR-004] @Metrics(path = \"/actuator/prometheus\") is not served by Actuator: management.endpoints.web.exposure.include = health,info in application.properties does not expose it; add prometheus"),
        Spec.springOrders()
            .setting("timeout-per-shutdown-phase=20s", "timeout-per-shutdown-phase=15s")
            .set("drain = \"10s\"", "drain = \"20s\"")
            .error(
                "[SLW-SPR-005] @Service(drain = \"20s\") is longer than spring.lifecycle.timeout-per-shutdown-phase = 15s in application.properties, so Spring Boot cuts off in-flight requests before the drain ends; set spring.lifecycle.timeout-per-shutdown-phase to at least 20s, or add slipway-spring-boot"),
        Spec.springOrders()
            .setting("requests=300ms,500ms", "requests=500ms")
            .on("latency = \"300ms\"")
            .error(
                "[SLW-SPR-006] @Slo(latency = \"300ms\") is not a bucket of http_server_requests_seconds: management.metrics.distribution.slo.http.server.requests = 500ms in application.properties does not list it, so no latency alert or gate on it can fire; add 300ms there, or add slipway-spring-boot"),
        Spec.springOrders()
            .config("application-prod.yaml", "server:\n  port: [8080\n")
            .on("@Service(")
            .warning(
                "[SLW-SPR-007] application-prod.yaml could not be read (while parsing a flow sequence at line 2, column 14), so its settings are not checked against the annotations of orders; fix the file")
            .warning(
                "[SLW-SPR-007] application-prod.yaml could not be read (while parsing a flow sequence at line 2, column 14), so its settings are not checked against the annotations of payments; fix the file",
                Spec.PAYMENTS,
                "@Service("),
        // Service
        orders()
            .set("name = \"orders\"", "name = \"Orders\"")
            .error(
                "[SLW-SVC-001] @Service(name = \"Orders\") contains uppercase letters; use lowercase letters, digits and '-', starting with a letter, at most 63 characters"),
        orders()
            .set("name = \"orders\"", "name = \"orders-" + "x".repeat(50) + "\"")
            .error(
                "[SLW-SVC-002] @Service(name = \"orders-"
                    + "x".repeat(50)
                    + "\") is 57 characters, so the Service \"orders-"
                    + "x".repeat(50)
                    + "-canary\" that @Canary adds is 64, more than 63; shorten the name to at most 56 characters"),
        orders()
            .source("com.acme.orders.LegacyOrdersService", Sources.LEGACY_ORDERS)
            .on("name = \"orders\"")
            .error(
                "[SLW-SVC-003] @Service(name = \"orders\") is also the name of com.acme.orders.LegacyOrdersService; service names must be unique in a compile: rename one with @Service(name)")
            .error(
                "[SLW-SVC-003] @Service(name = \"orders\") is also the name of com.acme.orders.OrdersService; service names must be unique in a compile: rename one with @Service(name)",
                "com.acme.orders.LegacyOrdersService",
                "name = \"orders\""),
        orders()
            .remove("    team = \"commerce\",\n")
            .on("@Service(")
            .error(
                "[SLW-SVC-004] @Service(team) is not set, so alerts for orders reach nobody; set team to the owning team, e.g. team = \"commerce\""),
        orders()
            .set("team = \"commerce\"", "team = \"Commerce Team\"")
            .error(
                "[SLW-SVC-005] @Service(team = \"Commerce Team\") is not letters, digits, '-', '_' and '.', starting and ending with a letter or digit; the team is a label value, e.g. \"commerce\" or \"team-payments\""),
        orders()
            .set("port = 8080", "port = 70000")
            .error(
                "[SLW-SVC-006] @Service(port = 70000) is outside 1..65535; use the port the service listens on, e.g. 8080"),
        orders()
            .set("port = 8080", "port = 80")
            .warning(
                "[SLW-SVC-007] @Service(port = 80) is below 1024, which a non-root container without capabilities usually cannot bind; listen on a port such as 8080"),
        orders()
            .source("com.acme.orders.OrdersJob", Sources.STRAY_SCALING)
            .error(
                "[SLW-SVC-008] @Scaling is on com.acme.orders.OrdersJob, which has no @Service, so it would be ignored; move it to the class with @Service, or add @Service here",
                "com.acme.orders.OrdersJob",
                "@Scaling(min = 2"),
        // Waivers
        orders()
            .waive("SLW-ENVS-006", "dev's small pods are fine")
            .error(
                "[SLW-WVR-001] @Waive(rule = \"SLW-ENVS-006\") is a retired rule id, replaced by SLW-RES-010, which runs on each environment's memory limit; waive the rule that reports the finding now, or remove the waiver"),
        orders()
            .waive("SLW-SCL-999", "not a rule")
            .error(
                "[SLW-WVR-001] @Waive(rule = \"SLW-SCL-999\") is not a Slipway rule id; copy the id from the diagnostic or from docs/rules.md, e.g. \"SLW-SCL-006\""),
        orders()
            .waive("SLW-SCL-006", " ")
            .error(
                "[SLW-WVR-002] @Waive(rule = \"SLW-SCL-006\") has a blank reason = \" \", so it is not applied; write why the rule does not apply to this service"),
        orders()
            .waive("SLW-SVC-006", "we know better")
            .error(
                "[SLW-WVR-003] @Waive(rule = \"SLW-SVC-006\") names a rule that cannot be waived, because it reports a value that would not work; fix the value and remove the waiver"),
        orders()
            .waive("SLW-SCL-006", "a singleton by design")
            .warning(
                "[SLW-WVR-004] @Waive(rule = \"SLW-SCL-006\") waives nothing: the rule finds no problem on orders; remove the stale waiver"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void reportsTheExactDiagnosticOnTheAttributeLine(Spec spec) {
    spec.verify(Compiler.javac(), ToolProvider.getSystemJavaCompiler());
  }

  @Test
  void everyRuleHasASpec() {
    List<String> specified = specs().flatMap(spec -> spec.ruleIds().stream()).distinct().toList();
    assertThat(specified).containsAtLeastElementsIn(Rulebook.ALL.stream().map(Rule::id).toList());
  }
}
