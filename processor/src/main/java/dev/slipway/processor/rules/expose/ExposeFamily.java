package dev.slipway.processor.rules.expose;

import dev.slipway.processor.rules.Family;

/** SLW-EXP-*: the Ingress of an exposed service, {@code @Expose}. */
public final class ExposeFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "EXP",
          "Exposure (@Expose)",
          new InvalidExposeHost(),
          new InvalidExposePath(),
          new ExposedWithoutTls(),
          new InvalidTlsSecretName(),
          new InvalidIngressClass(),
          new InvalidDerivedHost());

  private ExposeFamily() {}
}
