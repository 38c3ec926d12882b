package dev.slipway.processor.rules.health;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-HLT-004: probe timings are whole seconds, and period and timeout are at least one second:
 * Kubernetes counts them in seconds and silently replaces a 0 period or timeout by its default.
 */
public final class ProbeTimingNotWholeSeconds extends ServiceRule {

  public ProbeTimingNotWholeSeconds() {
    super(
        "SLW-HLT-004",
        Severity.ERROR,
        "@HealthCheck timings are whole seconds; period and timeout at least 1s",
        "Probe fields are integer seconds: \"500ms\" cannot be represented, and a 0 period or"
            + " timeout is silently replaced by Kubernetes's default (10s, 1s).",
        "Use whole seconds: period and timeout of \"1s\" or more, initialDelay of \"0s\" or more.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (Attribute<String> timing : ProbeTimings.of(service)) {
      Optional<Duration> duration = Durations.parse(timing.value());
      if (duration.isEmpty()) {
        continue;
      }
      Optional<String> problem = problem(timing.member(), duration.get());
      if (problem.isPresent()) {
        findings.add(finding(timing, problem.get()));
      }
    }
    return findings.stream();
  }

  private static Optional<String> problem(String member, Duration duration) {
    int minimum = ProbeTimings.minimumSeconds(member);
    if (duration.toMillis() % 1000 != 0) {
      long up = Math.max(minimum, duration.toSeconds() + 1);
      return Optional.of(
          "is not a whole number of seconds, and Kubernetes counts probe timings in seconds;"
              + " write e.g. \""
              + up
              + "s\"");
    }
    if (duration.toSeconds() < minimum) {
      return Optional.of(
          "is less than 1s, which Kubernetes would silently replace by its default; use \"1s\" or"
              + " more");
    }
    return Optional.empty();
  }
}
