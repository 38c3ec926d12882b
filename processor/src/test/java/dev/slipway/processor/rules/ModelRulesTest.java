package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.Origin;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.TestModels;
import dev.slipway.processor.model.WaiverModel;
import dev.slipway.processor.rules.dependencies.DependencyCycle;
import dev.slipway.processor.values.EffectiveImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules are pure functions of the model: these run them on models built in code, without javac. */
class ModelRulesTest {

  @Test
  void aLongerCycleIsSpelledOutFromEachService() {
    ServiceModel a = service("a", "b");
    ServiceModel b = service("b", "c");
    ServiceModel c = service("c", "a");
    ServiceModel d = service("d", "a");
    Compilation compilation = new Compilation(List.of(a, b, c, d), Options.DEFAULTS);
    DependencyCycle rule = new DependencyCycle();
    assertThat(rule.check(a, compilation).map(Finding::message).toList())
        .containsExactly(
            "[SLW-DEP-004] @Service(dependsOn = \"b\") closes the dependency cycle a -> b -> c -> a;"
                + " services in a cycle cannot start or fail independently: remove one of these calls");
    assertThat(rule.check(c, compilation).map(Finding::message).toList())
        .containsExactly(
            "[SLW-DEP-004] @Service(dependsOn = \"a\") closes the dependency cycle c -> a -> b -> c;"
                + " services in a cycle cannot start or fail independently: remove one of these calls");
    assertThat(rule.check(d, compilation).toList())
        .isEmpty(); // d calls into the cycle but is not on it
  }

  @Test
  void companionsWithoutServiceAreReportedOnEachAnnotation() {
    List<Finding> findings =
        Rulebook.COMPANION_WITHOUT_SERVICE
            .check("com.acme.Job", List.of(Located.of("Scaling"), Located.of("Canary")))
            .toList();
    assertThat(findings.stream().map(Finding::message).toList())
        .containsExactly(
            "[SLW-SVC-008] @Scaling is on com.acme.Job, which has no @Service, so it would be ignored; move it to the class with @Service, or add @Service here",
            "[SLW-SVC-008] @Canary is on com.acme.Job, which has no @Service, so it would be ignored; move it to the class with @Service, or add @Service here");
  }

  @Test
  void theEffectiveImageTakesTheTagOptionAndFallsBackToTheRegistry() {
    Options tagged = Options.parse(Map.of(Options.TAG, "2.0.0"));
    assertThat(
            EffectiveImage.of(withImage("ghcr.io/acme/orders:1.4.2"), tagged)
                .orElseThrow()
                .reference())
        .isEqualTo("ghcr.io/acme/orders:2.0.0");
    Options registry =
        Options.parse(Map.of(Options.REGISTRY, "registry.local:5000/acme/", Options.TAG, "2.0.0"));
    assertThat(EffectiveImage.of(withImage(""), registry).orElseThrow().reference())
        .isEqualTo("registry.local:5000/acme/orders:2.0.0");
    assertThat(EffectiveImage.of(withImage(""), Options.DEFAULTS)).isEqualTo(Optional.empty());
    String pinned = "ghcr.io/acme/orders@" + RuleSpecsTest.DIGEST;
    assertThat(EffectiveImage.of(withImage(pinned), tagged).orElseThrow().reference())
        .isEqualTo(pinned);
  }

  @Test
  void onlyAWaiverThatAppliesCanBeUnused() {
    ServiceModel orders =
        model(
            "orders",
            "ghcr.io/acme/orders:1.4.2",
            List.of(),
            List.of(
                waiver("SLW-SCL-006", ""), // not applied, so not unused either
                waiver("SLW-SCL-006", "a singleton"),
                waiver("SLW-SVC-006", "not waivable"),
                waiver("SLW-NOPE-001", "")));
    Compilation production = new Compilation(List.of(orders), Options.DEFAULTS);
    assertThat(ids(check(production)))
        .containsExactly(
            "SLW-HLT-001",
            "SLW-WVR-001",
            "SLW-WVR-002",
            "SLW-WVR-002",
            "SLW-WVR-003",
            "SLW-WVR-004")
        .inOrder();
  }

  /** The findings for every service of the compile, as the processor reports them. */
  private static List<Finding> check(Compilation compilation) {
    return compilation.services().stream()
        .flatMap(s -> Rulebook.check(s, compilation).stream())
        .toList();
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id()).toList();
  }

  private static ServiceModel withImage(String image) {
    return model("orders", image, List.of(), List.of());
  }

  private static ServiceModel service(String name, String... dependsOn) {
    return model(name, "ghcr.io/acme/" + name + ":1.0.0", Arrays.asList(dependsOn), List.of());
  }

  private static WaiverModel waiver(String rule, String reason) {
    return new WaiverModel(Origin.NONE, Located.of(rule), Located.of(reason));
  }

  private static ServiceModel model(
      String name, String image, List<String> dependsOn, List<WaiverModel> waivers) {
    return TestModels.service(name, image, dependsOn, waivers);
  }
}
