package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compiler;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same specs under the Eclipse compiler (ecj), which is how Eclipse users meet the processor:
 * the diagnostics must be identical and land on the same attribute lines as under javac.
 */
class EclipseCompilerTest {

  /**
   * Attribute kinds that locate differently: plain, nested annotation, array element,
   * annotation-level, cross-file, class-level.
   */
  private static final Set<String> REPRESENTATIVE =
      Set.of(
          "SLW-SVC-006",
          "SLW-SCL-002",
          "SLW-RES-002",
          "SLW-ENV-006",
          "SLW-CAN-002",
          "SLW-HLT-001",
          "SLW-IMG-003",
          "SLW-WVR-001",
          "SLW-SVC-008",
          "SLW-DEP-004",
          "SLW-EXP-003",
          "SLW-LIF-002");

  private static Compiler ecj() {
    return Compiler.compiler(new EclipseCompiler()).withOptions("-17");
  }

  static Stream<Spec> representativeSpecs() {
    return RuleSpecsTest.specs().filter(spec -> REPRESENTATIVE.containsAll(spec.ruleIds()));
  }

  @Test
  void coversEveryRepresentativeRule() {
    assertThat(representativeSpecs().flatMap(spec -> spec.ruleIds().stream()).toList())
        .containsAtLeastElementsIn(REPRESENTATIVE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("representativeSpecs")
  void reportsTheSameDiagnosticOnTheSameLine(Spec spec) {
    spec.verify(ecj(), new EclipseCompiler());
  }

  @Test
  void aCleanServiceCompilesAndWritesArtifacts() {
    Spec.orders().verify(ecj(), new EclipseCompiler());
  }
}
