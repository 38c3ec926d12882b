package dev.slipway.processor.rules.network;

import dev.slipway.processor.model.EgressModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import java.util.ArrayList;
import java.util.List;

/** How egress findings name the {@code @Egress} they are about. */
final class EgressAttributes {

  private EgressAttributes() {}

  /** The targets written on {@code egress}: {@code host}, {@code cidr} and {@code namespace}. */
  static List<Attribute<String>> targets(EgressModel egress) {
    List<Attribute<String>> targets = new ArrayList<>();
    for (Attribute<String> target :
        List.of(
            Attribute.of("Egress", "host", egress.host()),
            Attribute.of("Egress", "cidr", egress.cidr()),
            Attribute.of("Egress", "namespace", egress.namespace()))) {
      if (!target.value().isEmpty()) {
        targets.add(target);
      }
    }
    return targets;
  }

  /**
   * {@code member} of {@code egress}, named with its target: {@code @Egress(host =
   * "api.stripe.com", ports = 0)}.
   */
  static <T> Attribute<T> of(EgressModel egress, String member, Located<T> value) {
    List<Attribute<String>> targets = targets(egress);
    String entry =
        targets.isEmpty()
            ? ""
            : targets.get(0).member() + " = " + Describe.literal(targets.get(0).value());
    return new Attribute<>("Egress", entry, member, value);
  }
}
