package dev.slipway.processor.rules.spring;

import dev.slipway.processor.model.AppConfig.Setting;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SpringBootConfig;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-SPR-004: a scrape of Actuator's Prometheus endpoint finds it exposed over HTTP and enabled.
 * Spring Boot exposes only {@code health} by default; the starter adds {@code prometheus} unless
 * the application sets its own exposure.
 */
public final class PrometheusNotServed extends ServiceRule {

  public PrometheusNotServed() {
    super(
        "SLW-SPR-004",
        Severity.ERROR,
        "Actuator's Prometheus endpoint is exposed when @Metrics(path) scrapes it",
        "Spring Boot exposes only health over HTTP by default: the scrape gets 404, MetricsAbsent"
            + " pages and no SLO alert or canary gate can ever fire.",
        "Add prometheus to management.endpoints.web.exposure.include, or add slipway-spring-boot,"
            + " which exposes it unless the application sets its own list.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    boolean starter = compilation.platform().starter();
    List<Finding> findings = new ArrayList<>();
    for (SpringBootConfig config : SpringRules.views(compilation)) {
      if (!service.metrics().path().value().equals(config.actuatorPath("prometheus"))) {
        continue;
      }
      Optional<String> problem = problem(config, starter);
      if (problem.isPresent()) {
        findings.add(
            finding(
                Attribute.of("Metrics", "path", service.metrics().path()),
                "is not served by Actuator: " + problem.get()));
      }
    }
    return SpringRules.distinct(findings);
  }

  private static Optional<String> problem(SpringBootConfig config, boolean starter) {
    Optional<Setting> disabled = config.disabled("prometheus");
    if (disabled.isPresent()) {
      return Optional.of(
          disabled.get().described() + " switches the Prometheus endpoint off; remove it");
    }
    Optional<Setting> include = config.setting(SpringBootConfig.EXPOSURE_INCLUDE);
    Optional<Setting> exclude = config.setting(SpringBootConfig.EXPOSURE_EXCLUDE);
    if (config.exposed("prometheus") || (starter && include.isEmpty() && exclude.isEmpty())) {
      return Optional.empty();
    }
    if (include.isEmpty() && exclude.isEmpty()) {
      return Optional.of(
          "Spring Boot exposes only health over HTTP by default; add "
              + SpringBootConfig.EXPOSURE_INCLUDE
              + " = health,prometheus, or add "
              + SpringRules.STARTER);
    }
    if (exclude.isPresent()
        && include.isPresent()
        && (include.get().value().contains("prometheus") || include.get().value().contains("*"))) {
      return Optional.of(exclude.get().described() + " hides it; take prometheus out of it");
    }
    return Optional.of(
        (include.isPresent()
                ? include.get().described()
                : SpringBootConfig.EXPOSURE_INCLUDE + " (default health)")
            + " does not expose it; add prometheus");
  }
}
