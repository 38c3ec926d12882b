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

/** SLW-SPR-001: {@code server.port} is the port of {@code @Service(port)}. */
public final class ServerPortMismatch extends ServiceRule {

  public ServerPortMismatch() {
    super(
        "SLW-SPR-001",
        Severity.ERROR,
        "server.port in the application's configuration is @Service(port)",
        "The Service, the NetworkPolicy and the probes send traffic to @Service(port); an app"
            + " listening elsewhere gets none, and its pods never become ready.",
        "Make them equal: change @Service(port), or server.port (or leave port out of @Service: it"
            + " then defaults to server.port).");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    int port = service.port().value();
    List<Finding> findings = new ArrayList<>();
    for (SpringBootConfig config : SpringRules.views(compilation)) {
      if (config.serverPort().isEmpty() || config.serverPort().getAsInt() == port) {
        continue;
      }
      Optional<Setting> setting = config.setting(SpringBootConfig.SERVER_PORT);
      if (setting.isPresent()) {
        findings.add(
            finding(
                Attribute.of("Service", "port", service.port()),
                "is not the port the app listens on: "
                    + setting.get().described()
                    + "; set port = "
                    + config.serverPort().getAsInt()
                    + ", or change server.port"));
      }
    }
    return SpringRules.distinct(findings);
  }
}
