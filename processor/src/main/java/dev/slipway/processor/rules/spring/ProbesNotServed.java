package dev.slipway.processor.rules.spring;

import dev.slipway.processor.model.AppConfig.Setting;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SpringBootConfig;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * SLW-SPR-003: probes on Actuator's health endpoint are served: the endpoint is exposed over HTTP,
 * not switched off, and the liveness and readiness groups are not disabled.
 */
public final class ProbesNotServed extends ServiceRule {

  public ProbesNotServed() {
    super(
        "SLW-SPR-003",
        Severity.ERROR,
        "Probes on Actuator's health endpoint are exposed and enabled",
        "A probe path Actuator does not serve answers 404: the startup probe restarts the pod"
            + " forever and readiness never lets traffic in.",
        "Keep health in management.endpoints.web.exposure.include and do not switch off"
            + " management.endpoint.health or its probes.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.healthCheck().isEmpty()) {
      return Stream.empty();
    }
    HealthCheckModel health = service.healthCheck().get();
    // the probes sorted by member name, as their findings are
    Map<String, Located<String>> probes = new TreeMap<>();
    probes.put("liveness", health.liveness());
    probes.put("readiness", health.readiness());
    probes.put("startup", health.startup());
    List<Finding> findings = new ArrayList<>();
    for (SpringBootConfig config : SpringRules.views(compilation)) {
      Optional<String> problem = problem(config);
      if (problem.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, Located<String>> probe : probes.entrySet()) {
        if (probe.getValue().value().startsWith(config.actuatorPath("health"))) {
          findings.add(finding(probe.getKey(), probe.getValue(), problem.get()));
        }
      }
    }
    return SpringRules.distinct(findings);
  }

  private Finding finding(String member, Located<String> path, String problem) {
    return finding(
        Attribute.of("HealthCheck", member, path), "is not served by Actuator: " + problem);
  }

  private static Optional<String> problem(SpringBootConfig config) {
    Optional<Setting> disabled = config.disabled("health");
    if (disabled.isPresent()) {
      return Optional.of(
          disabled.get().described() + " switches the health endpoint off; remove it");
    }
    if (!config.exposed("health")) {
      Optional<Setting> include = config.setting(SpringBootConfig.EXPOSURE_INCLUDE);
      Optional<Setting> exclude = config.setting(SpringBootConfig.EXPOSURE_EXCLUDE);
      if (exclude.isPresent() && (include.isEmpty() || include.get().value().contains("health"))) {
        return Optional.of(
            exclude.get().described() + " hides the health endpoint; take health out of it");
      }
      return Optional.of(
          (include.isPresent() ? include.get().described() : SpringBootConfig.EXPOSURE_INCLUDE)
              + " does not expose health; add it");
    }
    Optional<Setting> probesDisabled = config.probesDisabled();
    if (probesDisabled.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        probesDisabled.get().described()
            + " switches the liveness and readiness groups off; remove it");
  }
}
