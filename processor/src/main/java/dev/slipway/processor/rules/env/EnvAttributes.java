package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.rules.Describe;

/** How env findings name the entry they are about. */
final class EnvAttributes {

  private EnvAttributes() {}

  /** {@code @Env(name = "X")}. */
  static String named(EnvModel env) {
    return "@Env(name = " + Describe.literal(env.name().value()) + ")";
  }

  /** {@code @Env(name = "X", member = value)}. */
  static String describe(EnvModel env, String member, Object value) {
    return "@Env(name = "
        + Describe.literal(env.name().value())
        + ", "
        + member
        + " = "
        + Describe.literal(value)
        + ")";
  }
}
