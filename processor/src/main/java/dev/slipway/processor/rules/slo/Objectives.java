package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import java.util.List;

/** The two objectives of {@code @Slo}, which are percentages. */
final class Objectives {

  private Objectives() {}

  static List<Attribute<Double>> of(ServiceModel service) {
    return List.of(
        Attribute.of("Slo", "availability", service.slo().availability()),
        Attribute.of("Slo", "latencyTarget", service.slo().latencyTarget()));
  }
}
