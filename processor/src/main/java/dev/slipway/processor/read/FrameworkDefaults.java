package dev.slipway.processor.read;

import dev.slipway.processor.model.Framework;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.MetricsModel;
import dev.slipway.processor.model.Platform;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SpringBootConfig;
import java.util.OptionalInt;

/**
 * Replaces the attributes a user did not write with the defaults of the framework the service runs
 * on, once, when it is read: the rules, the plan and every emitter then see the same values, and a
 * diagnostic about a default still lands on the annotation it belongs to. An explicit attribute
 * always wins. On Spring Boot the paths follow the Actuator base path and the ports follow {@code
 * server.port} and {@code management.server.port} of the application's configuration.
 */
public final class FrameworkDefaults {

  private FrameworkDefaults() {}

  public static ServiceModel apply(ServiceModel service, Platform platform) {
    Framework framework = platform.framework();
    if (framework == Framework.SLIPWAY_RUNTIME) {
      return service;
    }
    String liveness = framework.liveness();
    String readiness = framework.readiness();
    // a framework without a startup endpoint probes start-up on liveness (see Framework)
    String startup = framework.startup();
    String metrics = framework.metrics();
    OptionalInt serverPort = OptionalInt.empty();
    int managementPort = 0;
    if (platform.springBoot()) {
      SpringBootConfig config = SpringBootConfig.base(platform.config());
      liveness = config.actuatorPath("health/liveness");
      readiness = config.actuatorPath("health/readiness");
      startup = liveness;
      metrics = config.actuatorPath("prometheus");
      serverPort = config.serverPort();
      managementPort = config.separateManagementPort() ? config.managementPort().getAsInt() : 0;
    }
    int management = managementPort;
    Located<Integer> port =
        serverPort.isPresent() ? service.port().orDefault(serverPort.getAsInt()) : service.port();
    String live = liveness;
    String ready = readiness;
    String started = startup;
    var health =
        service
            .healthCheck()
            .map(
                h ->
                    new HealthCheckModel(
                        h.origin(),
                        h.liveness().orDefault(live),
                        h.readiness().orDefault(ready),
                        h.startup()
                            .orDefault(
                                started.equals(live)
                                    ? h.liveness().orDefault(live).value()
                                    : started),
                        management == 0 ? h.port() : h.port().orDefault(management),
                        h.period(),
                        h.timeout(),
                        h.failureThreshold(),
                        h.initialDelay()));
    MetricsModel scrape = service.metrics();
    MetricsModel metricsModel =
        new MetricsModel(
            scrape.origin(),
            scrape.path().orDefault(metrics),
            management == 0 ? scrape.port() : scrape.port().orDefault(management),
            scrape.interval());
    return new ServiceModel(
        service.className(),
        service.origin(),
        service.name(),
        service.image(),
        port,
        service.team(),
        service.resources(),
        service.env(),
        service.dependsOn(),
        service.drain(),
        service.gracePeriod(),
        service.scaling(),
        health,
        service.canary(),
        service.blueGreen(),
        service.expose(),
        service.slo(),
        metricsModel,
        service.waivers(),
        service.egress(),
        service.worker(),
        service.job(),
        service.backlog(),
        service.sloWritten(),
        service.metricsWritten(),
        service.environments());
  }
}
