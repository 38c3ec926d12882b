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
    return SpringRules.onEveryProfile(
        compilation,
        config -> {
          Optional<Setting> immediate = config.immediateShutdown();
          if (immediate.isPresent()) {
            return Stream.of(
                finding(
                    attribute,
                    "is not honoured: "
                        + immediate.get().described()
                        + " stops without waiting for in-flight requests; remove it (graceful is the default)"));
          }
          Optional<Setting> timeout = config.shutdownTimeout();
          Duration phase =
              timeout
                  .flatMap(Setting::resolved)
                  .flatMap(v -> SpringBootConfig.duration(v, "ms"))
                  .orElse(SpringBootConfig.DEFAULT_SHUTDOWN_TIMEOUT);
          if (phase.compareTo(drain.get()) >= 0 || (timeout.isEmpty() && starter)) {
            return Stream.empty();
          }
          String source =
              timeout
                  .map(Setting::described)
                  .orElse(SpringBootConfig.SHUTDOWN_TIMEOUT + " (Spring Boot's default, 30s)");
          return Stream.of(
              finding(
                  attribute,
                  "is longer than "
                      + source
                      + ", so Spring Boot cuts off in-flight requests before the drain ends; set "
                      + SpringBootConfig.SHUTDOWN_TIMEOUT
                      + " to at least "
                      + Describe.literal(service.drain().value()).replace("\"", "")
                      + (starter ? "" : ", or add " + SpringRules.STARTER)));
        });
  }
}
