package dev.slipway.processor.rules.spring;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SpringBootConfig;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-SPR-006: without the starter, every latency threshold an alert or analysis compares against
 * is a bucket boundary of {@code http.server.requests}: Spring Boot publishes no buckets by
 * default, and the latency SLI counts the requests in the bucket at the threshold.
 */
public final class MissingHistogramBoundary extends ServiceRule {

  public MissingHistogramBoundary() {
    super(
        "SLW-SPR-006",
        Severity.ERROR,
        Guard.READINESS,
        "Every latency threshold is a histogram bucket of http.server.requests",
        "Spring Boot publishes no http_server_requests_seconds_bucket series by default: the latency"
            + " recording rules stay empty, LatencyBudgetBurn can never fire and the canary's latency"
            + " gate sees no data.",
        "Add slipway-spring-boot, or list every threshold in"
            + " management.metrics.distribution.slo[http.server.requests]; waive it only if the app"
            + " sets the boundaries in code.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (compilation.platform().starter()) {
      return Stream.empty();
    }
    List<Attribute<String>> thresholds = new ArrayList<>();
    thresholds.add(Attribute.of("Slo", "latency", service.slo().latency()));
    service
        .canary()
        .ifPresent(c -> thresholds.add(Attribute.of("Canary", "maxLatencyP99", c.maxLatencyP99())));
    service
        .blueGreen()
        .ifPresent(
            b -> thresholds.add(Attribute.of("BlueGreen", "maxLatencyP99", b.maxLatencyP99())));
    return SpringRules.onEveryProfile(
        compilation,
        config -> {
          List<Duration> boundaries = config.sloBoundaries();
          return thresholds.stream()
              .filter(t -> parse(t.located()).filter(d -> !boundaries.contains(d)).isPresent())
              .map(
                  t ->
                      finding(
                          t,
                          "is not a bucket of http_server_requests_seconds: "
                              + config
                                  .setting(SpringBootConfig.SLO_BOUNDARIES)
                                  .map(s -> s.described() + " does not list it")
                                  .orElse(
                                      "Spring Boot publishes no buckets unless "
                                          + SpringBootConfig.SLO_BOUNDARIES
                                          + " lists them")
                              + ", so no latency alert or gate on it can fire; add "
                              + t.value()
                              + " there, or add "
                              + SpringRules.STARTER));
        });
  }

  private static Optional<Duration> parse(Located<String> threshold) {
    return Durations.parse(threshold.value()).filter(d -> !d.isZero());
  }
}
