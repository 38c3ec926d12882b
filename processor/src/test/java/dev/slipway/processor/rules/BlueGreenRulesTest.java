package dev.slipway.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.slipway.processor.SlipwayCompiler;
import dev.slipway.processor.SlipwayCompiler.Output;
import dev.slipway.processor.SlipwayProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SLW-BG-*: the values of {@code @BlueGreen} that a Rollout cannot represent fail the compile. */
class BlueGreenRulesTest {

  private static final String SERVICE =
      """
      @Service(image = "registry.example.com/acme/cart:3.1.0", team = "retail")
      @HealthCheck
      """;

  @Test
  void promotionAndScaleDownDelaysAreDurationsOfWholeSeconds() {
    JavaFileObject source =
        cart(
            SERVICE
                + """
                @BlueGreen(
                    promotionDelay = "soon",
                    scaleDownDelay = "1500ms")
                """);
    Compilation compilation = compiled(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[SLW-BG-001] @BlueGreen(promotionDelay = \"soon\") is not a duration")
        .inFile(source)
        .onLineContaining("promotionDelay = \"soon\"");
    assertThat(compilation)
        .hadErrorContaining(
            "[SLW-BG-001] @BlueGreen(scaleDownDelay = \"1500ms\") is not a whole number of seconds")
        .inFile(source)
        .onLineContaining("scaleDownDelay = \"1500ms\"");
  }

  @Test
  void daysAreWholeSecondsToo() {
    Output output =
        compile(service("CartService", SERVICE + "@BlueGreen(scaleDownDelay = \"1d\")"));
    assertThat(output.compilation()).succeededWithoutWarnings();
    assertEquals(
        86400,
        output
            .object("cart/base/manifests.yaml", "Rollout")
            .at("/spec/strategy/blueGreen/scaleDownDelaySeconds")
            .asInt());
  }

  @Test
  void maxErrorRateIsARatio() {
    JavaFileObject source = cart(SERVICE + "@BlueGreen(maxErrorRate = 5)\n");
    Compilation compilation = compiled(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SLW-BG-002] @BlueGreen(maxErrorRate = 5.0) is not a ratio in (0, 1)")
        .inFile(source)
        .onLineContaining("maxErrorRate = 5");
  }

  @Test
  void maxLatencyP99IsAPositiveDuration() {
    for (String latency : new String[] {"500", "0ms"}) {
      JavaFileObject source = cart(SERVICE + "@BlueGreen(maxLatencyP99 = \"" + latency + "\")\n");
      Compilation compilation = compiled(source);
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining(
              "[SLW-BG-003] @BlueGreen(maxLatencyP99 = \""
                  + latency
                  + "\") is not a positive duration")
          .inFile(source)
          .onLineContaining("maxLatencyP99 = \"" + latency + "\"");
    }
  }

  @Test
  void bothStrategiesFailOnTheSecondAnnotation() {
    JavaFileObject blueGreenSecond = cart(SERVICE + "@Canary\n@BlueGreen\n");
    assertThat(compiled(blueGreenSecond))
        .hadErrorContaining(
            "[SLW-BG-004] @BlueGreen cannot be added to cart, which is already @Canary")
        .inFile(blueGreenSecond)
        .onLineContaining("@BlueGreen");

    JavaFileObject canarySecond = cart(SERVICE + "@BlueGreen\n@Canary\n");
    Compilation compilation = compiled(canarySecond);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[SLW-BG-004] @Canary cannot be added to cart, which is already @BlueGreen")
        .inFile(canarySecond)
        .onLineContaining("@Canary");
  }

  @Test
  void theOldVersionOutlivesThePostPromotionAnalysis() {
    JavaFileObject source =
        cart(SERVICE + "@BlueGreen(promotionDelay = \"10m\", scaleDownDelay = \"2m\")\n");
    Compilation compilation = compiled(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[SLW-BG-005] @BlueGreen(scaleDownDelay = \"2m\") is shorter than promotionDelay = \"10m\"")
        .inFile(source)
        .onLineContaining("scaleDownDelay = \"2m\"");
  }

  @Test
  void aFailedCompileWritesNoRollout(@TempDir Path classes) {
    assertFalse(SlipwayCompiler.compileTo(classes, cart(SERVICE + "@Canary\n@BlueGreen\n")));
    assertFalse(Files.exists(classes.resolve("META-INF/slipway")));
  }

  /** {@code com.example.CartService} with these annotations. */
  private static JavaFileObject cart(String annotations) {
    return service("CartService", annotations);
  }

  private static Compilation compiled(JavaFileObject source) {
    return javac().withProcessors(new SlipwayProcessor()).compile(source);
  }
}
