package dev.slipway.processor.values;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Quantity} against the grammar and examples of apimachinery's resource.Quantity. */
class QuantityTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "250m, 0.25",
    "0.5, 0.5",
    "1, 1",
    "+1, 1",
    "5., 5",
    ".5, 0.5",
    "1k, 1000",
    "1M, 1000000",
    "1G, 1000000000",
    "1T, 1000000000000",
    "1P, 1000000000000000",
    "1E, 1000000000000000000",
    "1Ki, 1024",
    "1Mi, 1048576",
    "1Gi, 1073741824",
    "1Ti, 1099511627776",
    "1Pi, 1125899906842624",
    "1Ei, 1152921504606846976",
    "1e3, 1000",
    "1E3, 1000",
    "1e+3, 1000",
    "15e-1, 1.5",
    "512m, 0.512",
    "1.5Gi, 1610612736",
    "-1, -1",
    "0, 0",
  })
  void parsesExactly(String text, String value) {
    assertThat(Quantity.parse(text).orElseThrow().value())
        .isEquivalentAccordingToCompareTo(new BigDecimal(value));
  }

  @ParameterizedTest(name = "\"{0}\" is not a quantity")
  @ValueSource(
      strings = {
        "", " 1", "1 ", "250 m", "1mi", "1KB", "1kb", "1Gb", "1g", "e3", "1e", "1.2.3", ".", "+",
        "--1", "1e1000", "0x10", "1,5", "１"
      })
  void rejects(String text) {
    assertThat(Quantity.parse(text).isPresent()).isFalse();
  }

  @Test
  void comparesAcrossUnits() {
    assertThat(Quantity.parse("1G").orElseThrow()).isLessThan(Quantity.parse("1Gi").orElseThrow());
    assertThat(Quantity.parse("1Gi").orElseThrow())
        .isGreaterThan(Quantity.parse("1000Mi").orElseThrow());
    assertThat(Quantity.parse("1").orElseThrow())
        .isEquivalentAccordingToCompareTo(Quantity.parse("1000m").orElseThrow());
    assertThat(Quantity.parse("2").orElseThrow())
        .isGreaterThan(Quantity.parse("1500m").orElseThrow());
  }

  @Test
  void knowsFractionsOfBytesAndOfMillicores() {
    assertThat(Quantity.parse("512m").orElseThrow().hasFraction()).isTrue();
    assertThat(Quantity.parse("1.5").orElseThrow().hasFraction()).isTrue();
    assertThat(Quantity.parse("1.5Ki").orElseThrow().hasFraction()).isFalse();
    assertThat(Quantity.parse("1.0").orElseThrow().hasFraction()).isFalse();
    assertThat(Quantity.parse("0.0005").orElseThrow().finerThanMilli()).isTrue();
    assertThat(Quantity.parse("0.001").orElseThrow().finerThanMilli()).isFalse();
    assertThat(Quantity.parse("250m").orElseThrow().finerThanMilli()).isFalse();
  }

  @Test
  void keepsSignAndSuffix() {
    Quantity negative = Quantity.parse("-2Gi").orElseThrow();
    assertThat(negative.isNegative()).isTrue();
    assertThat(negative.suffix()).isEqualTo("Gi");
    assertThat(Quantity.parse("0m").orElseThrow().isZero()).isTrue();
  }
}
