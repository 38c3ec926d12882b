package dev.slipway.processor.rules.expose;

import dev.slipway.processor.rules.Family;

/** SLW-EXP-*: how an exposed service is reached, {@code @Expose}: a Gateway route or an Ingress. */
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
          new InvalidDerivedHost(),
          new InvalidGateway(),
          new NoGateway(),
          new InvalidListener(),
          new AttributeOfTheOtherWay());

  private ExposeFamily() {}
}
