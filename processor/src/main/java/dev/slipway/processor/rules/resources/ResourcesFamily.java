package dev.slipway.processor.rules.resources;

import dev.slipway.processor.rules.Family;

/** SLW-RES-*: requests and limits, {@code @Resources}. */
public final class ResourcesFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "RES",
          "Resources (@Resources)",
          new InvalidQuantity(),
          new FractionalMemory(),
          new CpuRequestAboveLimit(),
          new MemoryRequestAboveLimit(),
          new MissingRequest(),
          new MissingMemoryLimit(),
          new TinyMemory(),
          new CpuFinerThanMilli(),
          new ImplausibleCpu(),
          new MemoryLimitBelowFramework());

  private ResourcesFamily() {}
}
