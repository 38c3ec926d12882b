package dev.slipway.processor.rules.options;

import dev.slipway.processor.rules.Family;

/**
 * SLW-OPT-*: the processor options, checked once per compile before any annotation; an error among
 * them stops Slipway before it reads the annotations. SLW-OPT-011 checks what the options derive
 * for each service.
 */
public final class OptionsFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "OPT",
          "Processor options (-Aslipway.*)",
          new UnknownOption(),
          new OptionWithoutValue(),
          new InvalidFlag(),
          new InvalidEnvironments(),
          new InvalidEnvironmentTags(),
          new InvalidTagOption(),
          new InvalidRegistry(),
          new InvalidNamespacePattern(),
          new InvalidUrlOption(),
          new InvalidDerivedNamespace(),
          new InvalidGatewayOption(),
          new RetiredProfile());

  private OptionsFamily() {}
}
