package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.slipway.processor.rules.Spec.orders;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The processor options as a new user or an attacker writes them: each mistake is one error that
 * names the option, the bad value and the fix, has no place in the source, stops Slipway before it
 * reads the annotations, and leaves no file behind.
 */
class OptionsTest {

  private static final Compiler JAVAC = Compiler.javac();
  private static final JavaCompiler SYSTEM_JAVAC = ToolProvider.getSystemJavaCompiler();

  @Test
  void aListOfNoEnvironmentsIsAnError() {
    orders()
        .option("slipway.environments", ",,")
        .optionError(
            "[SLW-OPT-005] -Aslipway.environments=,, lists no environment; list the overlay names in order, production last, e.g. -Aslipway.environments=dev,staging,prod")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void environmentNamesAreDns1123Labels() {
    orders()
        .option("slipway.environments", "Prod")
        .optionError(
            "[SLW-OPT-005] -Aslipway.environments=Prod has the environment \"Prod\", which contains uppercase letters; an environment name becomes a directory, a namespace and a label value: write lowercase letters, digits and '-', e.g. \"prod\"")
        .verify(JAVAC, SYSTEM_JAVAC);
    orders()
        .option("slipway.environments", "dev,pre_prod,prod")
        .optionError(
            "[SLW-OPT-005] -Aslipway.environments=dev,pre_prod,prod has the environment \"pre_prod\", which contains characters other than lowercase letters, digits and '-'; an environment name becomes a directory, a namespace and a label value: write lowercase letters, digits and '-', e.g. \"pre-prod\"")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void theNamespacePatternKnowsItsPlaceholders() {
    orders()
        .option("slipway.namespace", "{tenant}-{env}")
        .optionError(
            "[SLW-OPT-009] -Aslipway.namespace={tenant}-{env} has the placeholder {tenant}; the placeholders are {env}, {team} and {service}; write e.g. -Aslipway.namespace={env}")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void environmentTagsAreTagsOfListedEnvironmentsOnce() {
    orders()
        .option("slipway.environmentTags", "dev=1.5 0,qa=1.5.0,staging=1.4.3,staging=1.4.4")
        .optionError(
            "[SLW-OPT-006] -Aslipway.environmentTags=dev=1.5 0,qa=1.5.0,staging=1.4.3,staging=1.4.4 has the entry \"dev=1.5 0\", whose tag \"1.5 0\" is not an image tag: letters, digits, '_', '.' and '-', starting with a letter, digit or '_', at most 128 characters; write e.g. dev=1.5.0-rc.1")
        .optionError(
            "[SLW-OPT-006] -Aslipway.environmentTags=dev=1.5 0,qa=1.5.0,staging=1.4.3,staging=1.4.4 has the entry \"qa=1.5.0\", but \"qa\" is not one of the environments dev, staging, prod; name a listed environment, or add it to -Aslipway.environments")
        .optionError(
            "[SLW-OPT-006] -Aslipway.environmentTags=dev=1.5 0,qa=1.5.0,staging=1.4.3,staging=1.4.4 has the entry \"staging=1.4.4\", but staging already has a tag; keep one entry per environment")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void theRunbookBaseUrlIsAUrl() {
    orders()
        .option("slipway.runbookBaseUrl", "runbooks/orders")
        .optionError(
            "[SLW-OPT-010] -Aslipway.runbookBaseUrl=runbooks/orders is not an absolute http or https URL; write e.g. -Aslipway.runbookBaseUrl=https://github.com/acme/shop/blob/main/runbooks")
        .verify(JAVAC, SYSTEM_JAVAC);
    orders()
        .option("slipway.runbookBaseUrl", "https://wiki.acme.example/runbooks?space=ops")
        .optionError(
            "[SLW-OPT-010] -Aslipway.runbookBaseUrl=https://wiki.acme.example/runbooks?space=ops has a query or fragment ('?' or '#'), to which no path can be added; write e.g. -Aslipway.runbookBaseUrl=https://github.com/acme/shop/blob/main/runbooks")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void anUnknownOptionIsOneWarningFromSlipwayNotJavacs() {
    Compilation compilation =
        orders()
            .option("slipway.namespce", "{team}-{env}")
            .optionWarning(
                "[SLW-OPT-001] -Aslipway.namespce is not a Slipway option, so it is ignored; did you mean -Aslipway.namespace?")
            .compile(JAVAC);
    assertThat(
            compilation.diagnostics().stream()
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.contains("not recognized"))
                .toList())
        .isEmpty();
    orders()
        .option("slipway.namespce", "{team}-{env}")
        .optionWarning(
            "[SLW-OPT-001] -Aslipway.namespce is not a Slipway option, so it is ignored; did you mean -Aslipway.namespace?")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void anOptionFarFromEveryNameListsThemAll() {
    orders()
        .option("slipway.frobnicate", "1")
        .optionWarning(
            "[SLW-OPT-001] -Aslipway.frobnicate is not a Slipway option, so it is ignored; the options are slipway.environmentTags, slipway.environments, slipway.gateway, slipway.namespace, slipway.profile, slipway.prometheusUrl, slipway.registry, slipway.rendered, slipway.runbookBaseUrl, slipway.strict, slipway.tag")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void strictModeMakesAnUnknownOptionAnError() {
    orders()
        .option("slipway.strict", "true")
        .option("slipway.rendred", "true")
        .optionError(
            "[SLW-OPT-001] -Aslipway.rendred is not a Slipway option, so it is ignored; did you mean -Aslipway.rendered?")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void anOptionErrorStopsSlipwayBeforeTheAnnotations() {
    orders()
        .set("port = 8080", "port = 70000")
        .option("slipway.environments", "dev,pre prod")
        .optionError(
            "[SLW-OPT-005] -Aslipway.environments=dev,pre prod has the environment \"pre prod\", which contains characters other than lowercase letters, digits and '-'; an environment name becomes a directory, a namespace and a label value: write lowercase letters, digits and '-', e.g. \"pre-prod\"")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void aFlagWrittenAloneIsTrue() {
    Spec spec = orders().option("slipway.rendered", null);
    Compilation compilation = spec.compile(JAVAC);
    assertThat(Diagnostics.slipway(compilation)).isEmpty();
    assertThat(
            Diagnostics.artifacts(compilation).stream()
                .map(f -> f.toUri().getPath())
                .filter(p -> p.endsWith("orders/rendered/prod.yaml"))
                .toList())
        .hasSize(1);
  }
}
