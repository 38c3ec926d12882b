package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ResourcesModel;
import dev.slipway.processor.values.Quantity;
import java.util.List;
import java.util.Optional;

/** The four quantities of {@code @Resources}, with what each one is. */
record ResourceQuantities(String member, Located<String> value, boolean memory) {

  static List<ResourceQuantities> of(ResourcesModel resources) {
    return List.of(
        new ResourceQuantities("cpu", resources.cpu(), false),
        new ResourceQuantities("memory", resources.memory(), true),
        new ResourceQuantities("cpuLimit", resources.cpuLimit(), false),
        new ResourceQuantities("memoryLimit", resources.memoryLimit(), true));
  }

  /** The parsed quantity, empty when unset or invalid (other rules report those). */
  Optional<Quantity> parsed() {
    return Quantity.parse(value.value());
  }
}
