package dev.slipway.processor.rules.spring;

import dev.slipway.processor.rules.Family;

/**
 * SLW-SPR-*: a Spring Boot application's own configuration ({@code application.properties}, {@code
 * application.yaml}, {@code application-<profile>.*}) against its annotations. These rules run only
 * when Spring Boot is on the compile's class path.
 */
public final class SpringFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "SPR",
          "Spring Boot configuration (application.properties, application.yaml)",
          new ServerPortMismatch(),
          new ManagementPortMismatch(),
          new ProbesNotServed(),
          new PrometheusNotServed(),
          new ShutdownShorterThanDrain(),
          new MissingHistogramBoundary(),
          new UnreadableConfig());

  private SpringFamily() {}
}
