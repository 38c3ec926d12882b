package dev.slipway.processor.model;

/**
 * What the compile's class path and resources say about where the services run: the framework,
 * whether the Slipway Spring Boot starter is there (it configures the app from the generated
 * descriptor, so the app's own configuration need not), and the app's configuration files.
 */
public record Platform(Framework framework, boolean starter, AppConfig config) {

  /** No framework on the class path: the Slipway runtime's defaults, no configuration to check. */
  public static final Platform SLIPWAY_RUNTIME =
      new Platform(Framework.SLIPWAY_RUNTIME, false, AppConfig.NONE);

  public boolean springBoot() {
    return framework == Framework.SPRING_BOOT;
  }
}
