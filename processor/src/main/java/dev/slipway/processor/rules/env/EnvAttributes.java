package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.rules.Describe;

/** How env findings name the entry they are about. */
final class EnvAttributes {

  private EnvAttributes() {}

  /** {@code @Env(name = "X", member = value)}, or just {@code @Env(name = "X")}. */
  static String describe(EnvModel env, String member, Object value) {
    String name = "@Env(name = " + Describe.literal(env.name().value());
    return member.equals("name") ? name + ")" : name + ", " + member + " = " + Describe.literal(value) + ")";
  }
}
