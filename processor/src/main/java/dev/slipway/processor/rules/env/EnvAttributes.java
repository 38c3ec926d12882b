package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;

/** How env findings name the entry they are about. */
final class EnvAttributes {

  private EnvAttributes() {}

  /** {@code @Env(name = "X")}. */
  static String named(EnvModel env) {
    return Describe.attribute("Env", "name", env.name().value());
  }

  /**
   * {@code member} of {@code env}, named with the entry it belongs to: {@code @Env(name = "X",
   * member = value)}.
   */
  static <T> Attribute<T> of(EnvModel env, String member, Located<T> value) {
    return new Attribute<>("Env", "name = " + Describe.literal(env.name().value()), member, value);
  }
}
