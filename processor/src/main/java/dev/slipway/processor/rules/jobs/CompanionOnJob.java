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
    service
        .scaling()
        .ifPresent(s -> found.add(new Companion("Scaling", s.origin(), "runs one pod per run")));
    service
        .healthCheck()
        .ifPresent(
            h ->
                found.add(
                    new Companion("HealthCheck", h.origin(), "is not probed: it exits when done")));
    service
        .canary()
        .ifPresent(
            c -> found.add(new Companion("Canary", c.origin(), "takes no traffic to shift")));
    service
        .blueGreen()
        .ifPresent(
            b -> found.add(new Companion("BlueGreen", b.origin(), "takes no traffic to switch")));
    service
        .expose()
        .ifPresent(
            e ->
                found.add(
                    new Companion("Expose", e.origin(), "serves nothing outside the cluster")));
    if (service.sloWritten()) {
      found.add(new Companion("Slo", service.slo().origin(), "answers no requests"));
    }
    if (service.metricsWritten()) {
      found.add(
          new Companion(
              "Metrics", service.metrics().origin(), "is over before a scrape would find it"));
    }
    service
        .backlog()
        .ifPresent(
            b ->
                found.add(
                    new Companion("Backlog", b.origin(), "does not consume a queue for ever")));
    return found.stream()
        .map(
            c ->
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
}
