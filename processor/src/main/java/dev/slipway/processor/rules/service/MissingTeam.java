package dev.slipway.processor.rules.service;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/** SLW-SVC-004: the service has an owning team. */
public final class MissingTeam extends ServiceRule {

  public MissingTeam() {
    super(
        "SLW-SVC-004",
        Severity.ERROR,
        Guard.READINESS,
        "@Service(team) is set",
        "The team labels every object and routes every alert; without it nobody is paged when"
            + " the service breaks.",
        "Set team to the owning team, e.g. team = \"commerce\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (!service.team().value().isBlank()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.team().origin(),
            "@Service(team) is not set, so alerts for "
                + service.serviceName()
                + " reach nobody; set team to the owning team, e.g. team = \"commerce\""));
  }
}
