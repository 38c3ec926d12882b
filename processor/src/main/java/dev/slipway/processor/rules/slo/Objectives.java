package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import java.util.stream.Stream;

/** The two objectives of {@code @Slo}, which are percentages. */
final class Objectives {

  private Objectives() {}

  static Stream<Attribute<Double>> of(ServiceModel service) {
    return Stream.of(
        Attribute.of("Slo", "availability", service.slo().availability()),
        Attribute.of("Slo", "latencyTarget", service.slo().latencyTarget()));
  }
}
