package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.ResourcesModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.values.Quantity;
import java.util.List;
import java.util.Optional;

/** The four quantities of {@code @Resources}, with what each one is. */
record ResourceQuantities(Attribute<String> attribute, boolean memory) {

  static List<ResourceQuantities> of(ResourcesModel resources) {
    return List.of(
        new ResourceQuantities(Attribute.of("Resources", "cpu", resources.cpu()), false),
        new ResourceQuantities(Attribute.of("Resources", "memory", resources.memory()), true),
        new ResourceQuantities(Attribute.of("Resources", "cpuLimit", resources.cpuLimit()), false),
        new ResourceQuantities(
            Attribute.of("Resources", "memoryLimit", resources.memoryLimit()), true));
  }

  /** The quantity as written; empty when unset. */
  String text() {
    return attribute.value();
  }

  /** The parsed quantity, empty when unset or invalid (other rules report those). */
  Optional<Quantity> parsed() {
    return Quantity.parse(attribute.value());
  }
}
