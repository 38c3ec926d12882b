package dev.slipway.processor.rules.workers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Origin;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-WRK-001: a worker has no annotation that steers user traffic. */
public final class WorkerWithTraffic extends ServiceRule {

  public WorkerWithTraffic() {
    super(
        "SLW-WRK-001",
        Severity.ERROR,
        "@Worker has no @Expose, @Canary or @BlueGreen",
        "A worker takes no user traffic: there is nothing to route to it from outside, and a"
            + " canary's or preview's analysis would wait for HTTP requests that never come.",
        "Remove the annotation, or drop @Worker if the class really serves HTTP traffic.");
  }

  private record Traffic(String name, Origin origin, String why) {}

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (!service.isWorker()) {
      return Stream.empty();
    }
    List<Traffic> found = new ArrayList<>();
    if (service.expose().isPresent()) {
      found.add(new Traffic("Expose", service.expose().get().origin(), "has no port to route to"));
    }
    if (service.canary().isPresent()) {
      found.add(
          new Traffic(
              "Canary",
              service.canary().get().origin(),
              "has no traffic to shift or requests to analyse"));
    }
    if (service.blueGreen().isPresent()) {
      found.add(
          new Traffic(
              "BlueGreen",
              service.blueGreen().get().origin(),
              "has no traffic to switch or requests to analyse"));
    }
    List<Finding> findings = new ArrayList<>();
    for (Traffic t : found) {
      findings.add(
          finding(
              t.origin(),
              "@"
                  + t.name()
                  + " does not apply to the @Worker "
                  + service.serviceName()
                  + ", which "
                  + t.why()
                  + "; remove it, or drop @Worker if the class serves HTTP traffic"));
    }
    return findings.stream();
  }
}
