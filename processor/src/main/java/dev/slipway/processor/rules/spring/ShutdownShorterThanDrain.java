package dev.slipway.processor.rules.spring;

import dev.slipway.processor.model.AppConfig.Setting;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SpringBootConfig;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-SPR-005: Spring Boot's graceful shutdown lasts at least {@code @Service(drain)}: not {@code
 * server.shutdown=immediate}, and a {@code spring.lifecycle.timeout-per-shutdown-phase} (30 s by
 * default; the starter sets it from the annotations) no shorter than the drain.
 */
public final class ShutdownShorterThanDrain extends ServiceRule {

  public ShutdownShorterThanDrain() {
    super(
        "SLW-SPR-005",
        Severity.ERROR,
        "Spring Boot's graceful shutdown lasts at least @Service(drain)",
        "Spring Boot stops waiting for in-flight requests when a shutdown phase times out; if that"
            + " is before the drain ends, every rollout fails the requests still running.",
        "Set spring.lifecycle.timeout-per-shutdown-phase to at least the drain and keep"
            + " server.shutdown graceful, or leave both to slipway-spring-boot.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Optional<Duration> drain = Durations.parse(service.drain().value());
    if (drain.isEmpty() || drain.get().isZero()) {
      return Stream.empty(); // SLW-LIF-001 reports a drain that does not parse
    }
    boolean starter = compilation.platform().starter();
    Attribute<String> attribute = Attribute.of("Service", "drain", service.drain());
    List<Finding> findings = new ArrayList<>();
    for (SpringBootConfig config : SpringRules.views(compilation)) {
      Optional<Finding> problem = problem(service, config, drain.get(), starter, attribute);
      if (problem.isPresent()) {
        findings.add(problem.get());
      }
    }
    return SpringRules.distinct(findings);
  }

  private Optional<Finding> problem(
      ServiceModel service,
      SpringBootConfig config,
      Duration drain,
      boolean starter,
      Attribute<String> attribute) {
    Optional<Setting> immediate = config.immediateShutdown();
    if (immediate.isPresent()) {
      return Optional.of(
          finding(
              attribute,
              "is not honoured: "
                  + immediate.get().described()
                  + " stops without waiting for in-flight requests; remove it (graceful is the default)"));
    }
    Optional<Setting> timeout = config.shutdownTimeout();
    Duration phase = SpringBootConfig.DEFAULT_SHUTDOWN_TIMEOUT;
    if (timeout.isPresent() && timeout.get().resolved().isPresent()) {
      Optional<Duration> set = SpringBootConfig.duration(timeout.get().resolved().get(), "ms");
      if (set.isPresent()) {
        phase = set.get();
      }
    }
    if (phase.compareTo(drain) >= 0 || (timeout.isEmpty() && starter)) {
      return Optional.empty();
    }
    String source =
        timeout.isPresent()
            ? timeout.get().described()
            : SpringBootConfig.SHUTDOWN_TIMEOUT + " (Spring Boot's default, 30s)";
    return Optional.of(
        finding(
            attribute,
            "is longer than "
                + source
                + ", so Spring Boot cuts off in-flight requests before the drain ends; set "
                + SpringBootConfig.SHUTDOWN_TIMEOUT
                + " to at least "
                + Describe.literal(service.drain().value()).replace("\"", "")
                + (starter ? "" : ", or add " + SpringRules.STARTER)));
  }
}
