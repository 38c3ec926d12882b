package dev.slipway.processor.rules.env;

import dev.slipway.processor.rules.Family;

/** SLW-ENV-*: environment variables and the secrets they read, {@code @Env}. */
public final class EnvFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "ENV",
          "Environment and secrets (@Env)",
          new InvalidEnvName(),
          new DuplicateEnvName(),
          new AmbiguousEnvSource(),
          new KeyWithoutSource(),
          new SecretLikeValue(),
          new SensitiveNameWithLiteral(),
          new InvalidEnvSourceName(),
          new InvalidEnvKey(),
          new HeapCrowdsOutNative());

  private EnvFamily() {}
}
