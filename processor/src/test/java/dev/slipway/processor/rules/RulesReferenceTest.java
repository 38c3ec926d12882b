package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from {@link Rulebook#FAMILIES}; this test fails when the
 * committed file is stale. Regenerate with:
 *
 * <pre>
 * mvn -o -q -pl processor -am test -Dtest=RulesReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dslipway.updateDocs=true
 * </pre>
 */
class RulesReferenceTest {

  private static final String REGENERATE =
      "mvn -o -q -pl processor -am test -Dtest=RulesReferenceTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dslipway.updateDocs=true";

  @Test
  void committedReferenceIsCurrent() throws IOException {
    Path docs = Path.of(System.getProperty("basedir", ".")).resolve("../docs/rules.md").normalize();
    String generated = markdown();
    if (Boolean.getBoolean("slipway.updateDocs")) {
      Files.createDirectories(docs.getParent());
      Files.writeString(docs, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
    assertWithMessage(docs + " is stale; regenerate it with: " + REGENERATE)
        .that(committed)
        .isEqualTo(generated);
  }

  static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append(
        """
        # Slipway rules reference

        <!-- Generated from Rulebook.FAMILIES by RulesReferenceTest; do not edit by hand. Regenerate with:
             %s -->

        Slipway checks every `@Service` class while it compiles. Each finding is printed on the
        annotation attribute at fault, starts with the rule id, names the bad value and says how to
        fix it, for example:

        ```
        src/com/acme/orders/OrdersService.java:13: error: [SLW-SCL-002] @Scaling(min = 5) is greater than max = 3; set max >= min
            max = 3)
                  ^
        src/com/acme/orders/OrdersService.java:15: error: [SLW-CAN-003] @Canary(steps = {10, 50, 25}) has the step 25 after 50; list the steps in strictly increasing order
        @Canary(steps = {10, 50, 25}, pause = "5m")
                                 ^
        ```

        ## Severities, strict mode, environments and waivers

        - **error** fails the build. A compile with any error writes no file under
          `META-INF/slipway/` at all.
        - **warning** is printed and does not fail the build, unless the compiler gets
          `-Aslipway.strict=true`, which turns every warning into an error.
        - **Waivable** rules guard production readiness. A service can switch one off with a
          written reason, which stays in the code review:
          `@Waive(rule = "SLW-SCL-006", reason = "leader-elected singleton by design")`.
          A waiver of an unknown id (SLW-WVR-001), without a reason (SLW-WVR-002), of a rule that is
          not waivable (SLW-WVR-003) is itself an error, and a waiver that no longer waives
          anything is a warning (SLW-WVR-004).
        - **Not waivable** rules report values Kubernetes or Argo Rollouts would reject, or that
          Slipway cannot represent: they stay errors in every environment and cannot be waived.
        - **Environments.** Every rule runs on production, the last of
          `-Aslipway.environments`, which is exactly the base annotations. Every rule not marked
          *production only* below runs again on each environment that an `@Environment` changes,
          on that environment's effective configuration, and reports what only that environment
          gets wrong, named after the id: `[SLW-RES-004] in dev: @Environment(name = "dev",
          memory = "1Gi") is more than memoryLimit = "512Mi"; ...`. Such a finding sits on the
          override's attribute, or on the `@Environment` when what it reports is a base value
          that only the override makes wrong. The *production only* rules (single replica,
          moving image tags, missing readiness probe) apply to production alone, so a dev-only
          shortcut can never reach production. `-Aslipway.profile`, which used to relax them for
          a whole compile, is retired (SLW-OPT-013).
        - **Processor options** (`-Aslipway.*`) are checked once per compile, before any
          annotation is read (SLW-OPT-001 to SLW-OPT-010). Their findings have no place in the
          source: they print as `error: [SLW-OPT-005] -Aslipway.environments=dev,pre prod has the
          environment "pre prod", ...`. An error among them stops Slipway before it reads the
          annotations, since every service would be checked and planned against wrong options.
          SLW-OPT-011 checks what the options derive for each service, on its attribute.

        ## Adding a rule

        One class in its family's package (`rules/canary`, `rules/health`...) extending
        `dev.slipway.processor.rules.ServiceRule`, a pure function from a service to findings,
        which states every property once, in its constructor: id, severity, what it guards
        (`Guard.VALIDITY`, the default: never waivable, every environment; `Guard.READINESS`:
        waivable; `Guard.PRODUCTION_READINESS`: waivable and production only), title,
        reason and fix. A rule about an attribute's syntax is the attribute, a `Grammar` and the
        advice: `checkGrammar(Attribute.of("Service", "port", service.port()), Grammar.PORT,
        "use the port the service listens on, e.g. 8080")`. The engine runs it on each
        environment and applies the waivers. Then list the rule in its family's `FAMILY`, in id order, give it a `Spec`
        in `RuleSpecsTest`, and regenerate this file; the build fails until all three are done.

        ## All rules

        | Id | Severity | Waivable | Production only | Checks |
        |---|---|---|---|---|
        """
            .formatted(REGENERATE));
    for (Rule rule : Rulebook.ALL) {
      md.append("| [")
          .append(rule.id())
          .append("](#")
          .append(rule.id().toLowerCase(java.util.Locale.ROOT))
          .append(") | ")
          .append(severity(rule))
          .append(" | ")
          .append(rule.waivable() ? "yes" : "no")
          .append(" | ")
          .append(rule.productionOnly() ? "yes" : "no")
          .append(" | ")
          .append(cell(rule.title()))
          .append(" |\n");
    }
    for (Family family : Rulebook.FAMILIES) {
      md.append("\n## ").append(family.title()).append("\n");
      for (Rule rule : family.rules()) {
        rule(md, rule);
      }
    }
    md.append("\n## Retired rules\n\n");
    md.append(
        "Ids no rule checks any more; none is given to another rule. A waiver of one is an\n");
    md.append("error (SLW-WVR-001) that names its replacement.\n\n");
    md.append("| Id | Replaced by |\n|---|---|\n");
    Retired.IDS.forEach(
        (id, replacement) ->
            md.append("| ").append(id).append(" | ").append(cell(replacement)).append(" |\n"));
    return md.toString();
  }

  private static void rule(StringBuilder md, Rule rule) {
    md.append("\n### ").append(rule.id()).append("\n\n");
    md.append("**").append(rule.title()).append("**\n\n");
    md.append("- Severity: ").append(severity(rule)).append("\n");
    md.append("- Why: ").append(rule.reason()).append("\n");
    md.append("- Fix: ").append(rule.fix()).append("\n");
    md.append("- Waive: ")
        .append(
            rule.waivable()
                ? "`@Waive(rule = \"" + rule.id() + "\", reason = \"<why it does not apply>\")`"
                : "not waivable; fix the value")
        .append("\n");
    if (rule.productionOnly()) {
      md.append("- Production only: not checked on the environments before production.\n");
    }
  }

  private static String severity(Rule rule) {
    return rule.severity().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
