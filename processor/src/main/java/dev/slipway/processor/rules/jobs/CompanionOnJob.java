package dev.slipway.processor.rules.jobs;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Origin;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SLW-JOB-011: a job carries no annotation of a long-running service. */
public final class CompanionOnJob extends ServiceRule {

  public CompanionOnJob() {
    super(
        "SLW-JOB-011",
        Severity.ERROR,
        "@Job has no @Scaling, @HealthCheck, @Canary, @BlueGreen, @Expose, @Slo, @Metrics or @Backlog",
        "A job runs one pod to completion: it is not scaled, probed, shipped progressively,"
            + " exposed, scraped, or held to a request SLO, so these would be silently ignored.",
        "Remove the annotation, or make the class a service or @Worker instead of a @Job.");
  }

  private record Companion(String name, Origin origin, String why) {}

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (!service.isJob() || service.worker().isPresent()) {
      return Stream.empty(); // both @Worker and @Job: SLW-WRK-003 says which to keep first
    }
    List<Companion> found = new ArrayList<>();
    if (service.scaling().isPresent()) {
      found.add(new Companion("Scaling", service.scaling().get().origin(), "runs one pod per run"));
    }
    if (service.healthCheck().isPresent()) {
      found.add(
          new Companion(
              "HealthCheck",
              service.healthCheck().get().origin(),
              "is not probed: it exits when done"));
    }
    if (service.canary().isPresent()) {
      found.add(
          new Companion("Canary", service.canary().get().origin(), "takes no traffic to shift"));
    }
    if (service.blueGreen().isPresent()) {
      found.add(
          new Companion(
              "BlueGreen", service.blueGreen().get().origin(), "takes no traffic to switch"));
    }
    if (service.expose().isPresent()) {
      found.add(
          new Companion(
              "Expose", service.expose().get().origin(), "serves nothing outside the cluster"));
    }
    if (service.sloWritten()) {
      found.add(new Companion("Slo", service.slo().origin(), "answers no requests"));
    }
    if (service.metricsWritten()) {
      found.add(
          new Companion(
              "Metrics", service.metrics().origin(), "is over before a scrape would find it"));
    }
    if (service.backlog().isPresent()) {
      found.add(
          new Companion(
              "Backlog", service.backlog().get().origin(), "does not consume a queue for ever"));
    }
    List<Finding> findings = new ArrayList<>();
    for (Companion c : found) {
      findings.add(
          finding(
              c.origin(),
              "@"
                  + c.name()
                  + " does not apply to the @Job "
                  + service.serviceName()
                  + ", which "
                  + c.why()
                  + "; remove it, or make the class a service or @Worker"));
    }
    return findings.stream();
  }
}
