package dev.slipway.processor.rules.spring;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SpringBootConfig;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SLW-SPR-002: the probes and the scrape of Actuator endpoints use the port Actuator listens on:
 * {@code management.server.port} when one is set, else the server port.
 */
public final class ManagementPortMismatch extends ServiceRule {

  public ManagementPortMismatch() {
    super(
        "SLW-SPR-002",
        Severity.ERROR,
        "Probes and scrapes of Actuator endpoints use Actuator's port",
        "With management.server.port set, Actuator answers only there (404 on the server port);"
            + " without it, only on the server port. Probes on the other port fail and the pod"
            + " is restarted; a scrape there finds no metrics and every alert goes quiet.",
        "Set @HealthCheck(port) and @Metrics(port) to management.server.port, or leave them out:"
            + " they then default to it.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    boolean starter = compilation.platform().starter();
    List<Finding> findings = new ArrayList<>();
    for (SpringBootConfig config : SpringRules.views(compilation)) {
      findings.addAll(check(service, config, starter).toList());
    }
    return SpringRules.distinct(findings);
  }

  private Stream<Finding> check(ServiceModel service, SpringBootConfig config, boolean starter) {
    if (starter
        && config.managementPort().isEmpty()
        && config.setting(SpringBootConfig.MANAGEMENT_PORT).isEmpty()) {
      // the starter puts Actuator on the probes' port: only the scrape can disagree
      return service.metricsPort() != service.healthPort()
              && SpringRules.actuator(config, service.metrics().path().value())
          ? Stream.of(
              finding(
                  Attribute.of("Metrics", "port", service.metrics().port()),
                  "has Prometheus scrape port "
                      + service.metricsPort()
                      + ", but Actuator listens on the probes' port "
                      + service.healthPort()
                      + "; set port = "
                      + service.healthPort()
                      + ", or leave it out"))
          : Stream.empty();
    }
    int actuatorPort =
        config.separateManagementPort()
            ? config.managementPort().getAsInt()
            : service.port().value();
    String where =
        config.separateManagementPort()
            ? "Actuator listens on "
                + config.setting(SpringBootConfig.MANAGEMENT_PORT).orElseThrow().described()
            : "Actuator listens on the server port "
                + service.port().value()
                + " (no management.server.port is set)";
    List<Finding> findings = new ArrayList<>();
    if (service.healthCheck().isPresent()) {
      HealthCheckModel health = service.healthCheck().get();
      boolean actuatorProbes =
          SpringRules.actuator(config, health.liveness().value())
              || SpringRules.actuator(config, health.readiness().value());
      if (actuatorProbes && service.healthPort() != actuatorPort) {
        findings.add(
            finding(
                Attribute.of("HealthCheck", "port", health.port()),
                "sends the probes to port "
                    + service.healthPort()
                    + ", but "
                    + where
                    + "; set port = "
                    + actuatorPort));
      }
    }
    if (SpringRules.actuator(config, service.metrics().path().value())
        && service.metricsPort() != actuatorPort) {
      findings.add(
          finding(
              Attribute.of("Metrics", "port", service.metrics().port()),
              "has Prometheus scrape port "
                  + service.metricsPort()
                  + ", but "
                  + where
                  + "; set port = "
                  + actuatorPort));
    }
    return findings.stream();
  }
}
