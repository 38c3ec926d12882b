package dev.slipway.processor.model;

import java.util.List;
import java.util.function.Predicate;

/**
 * The HTTP framework a service runs on, as the compile's class path shows it, and the probe and
 * scrape paths it serves out of the box. An attribute the user did not write takes its framework's
 * default (see {@code docs/runtime.md}, "Defaults per framework"); an explicit attribute always
 * wins. Without a framework on the class path the defaults are those of the Slipway runtime, which
 * are the annotations' own.
 *
 * @param marker a class that is on the compile class path exactly when the framework is
 * @param startup the startup probe path; for frameworks without a startup endpoint, the liveness
 *     path, which answers once the application has started (Kubernetes' usual pattern: the startup
 *     probe holds liveness back for up to 30 periods)
 * @param nativeMiB what the JVM needs besides its heap (metaspace, code cache, thread stacks, GC
 *     structures, buffers), in MiB, with head room: measured under load with a small heap, see
 *     {@code docs/kubernetes.md}, "The JVM in its container"
 * @param minimumHeapMiB the smallest heap that serves under load without collecting all the time
 */
public enum Framework {
  // example-app's payments: 104 MiB resident at -Xmx16m under wrk, 85 MiB of it outside the heap
  SLIPWAY_RUNTIME(
      "Slipway runtime",
      "",
      "/health/live",
      "/health/ready",
      "/health/started",
      "/metrics",
      96,
      32),
  // example-catalog (Spring Boot 4, Tomcat, Actuator): 175 MiB resident at -Xmx24m under wrk
  SPRING_BOOT(
      "Spring Boot",
      "org.springframework.boot.SpringApplication",
      "/actuator/health/liveness",
      "/actuator/health/readiness",
      "/actuator/health/liveness",
      "/actuator/prometheus",
      192,
      64),
  // not measured here: Spring Boot's figures, the heaviest measured, until an example runs on them
  QUARKUS(
      "Quarkus",
      "io.quarkus.runtime.Quarkus",
      "/q/health/live",
      "/q/health/ready",
      "/q/health/started",
      "/q/metrics",
      192,
      64),
  MICRONAUT(
      "Micronaut",
      "io.micronaut.runtime.Micronaut",
      "/health/liveness",
      "/health/readiness",
      "/health/liveness",
      "/prometheus",
      192,
      64);

  private final String title;
  private final String marker;
  private final String liveness;
  private final String readiness;
  private final String startup;
  private final String metrics;
  private final int nativeMiB;
  private final int minimumHeapMiB;

  Framework(
      String title,
      String marker,
      String liveness,
      String readiness,
      String startup,
      String metrics,
      int nativeMiB,
      int minimumHeapMiB) {
    this.title = title;
    this.marker = marker;
    this.liveness = liveness;
    this.readiness = readiness;
    this.startup = startup;
    this.metrics = metrics;
    this.nativeMiB = nativeMiB;
    this.minimumHeapMiB = minimumHeapMiB;
  }

  /**
   * The framework whose marker class {@code onClassPath}; the Slipway runtime when none is. Spring
   * Boot is looked for first: a Quarkus or Micronaut app that also carries Spring Boot is rare, and
   * Quarkus' Spring compatibility layer has no {@code SpringApplication}.
   */
  public static Framework detect(Predicate<String> onClassPath) {
    for (Framework framework : List.of(SPRING_BOOT, QUARKUS, MICRONAUT)) {
      if (onClassPath.test(framework.marker)) {
        return framework;
      }
    }
    return SLIPWAY_RUNTIME;
  }

  /** How the docs and messages name it. */
  public String title() {
    return title;
  }

  public String liveness() {
    return liveness;
  }

  public String readiness() {
    return readiness;
  }

  public String startup() {
    return startup;
  }

  public String metrics() {
    return metrics;
  }

  public int nativeMiB() {
    return nativeMiB;
  }

  /** The smallest memory limit a service on this framework starts and serves in. */
  public int minimumLimitMiB() {
    return nativeMiB + minimumHeapMiB;
  }
}
