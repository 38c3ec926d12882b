package dev.slipway.processor.rules.spring;

import dev.slipway.processor.model.AppConfig.Setting;
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
    if (service.canary().isPresent()) {
      thresholds.add(
          Attribute.of("Canary", "maxLatencyP99", service.canary().get().maxLatencyP99()));
    }
    if (service.blueGreen().isPresent()) {
      thresholds.add(
          Attribute.of("BlueGreen", "maxLatencyP99", service.blueGreen().get().maxLatencyP99()));
    }
    List<Finding> findings = new ArrayList<>();
    for (SpringBootConfig config : SpringRules.views(compilation)) {
      List<Duration> boundaries = config.sloBoundaries();
      for (Attribute<String> t : thresholds) {
        Optional<Duration> threshold = parse(t.located());
        if (threshold.isPresent() && !boundaries.contains(threshold.get())) {
          findings.add(
              finding(
                  t,
                  "is not a bucket of http_server_requests_seconds: "
                      + unlisted(config)
                      + ", so no latency alert or gate on it can fire; add "
                      + t.value()
                      + " there, or add "
                      + SpringRules.STARTER));
        }
      }
    }
    return SpringRules.distinct(findings);
  }

  /** Why {@code config} publishes no bucket at a threshold. */
  private static String unlisted(SpringBootConfig config) {
    Optional<Setting> boundaries = config.setting(SpringBootConfig.SLO_BOUNDARIES);
    return boundaries.isPresent()
        ? boundaries.get().described() + " does not list it"
        : "Spring Boot publishes no buckets unless "
            + SpringBootConfig.SLO_BOUNDARIES
            + " lists them";
  }

  private static Optional<Duration> parse(Located<String> threshold) {
    Optional<Duration> parsed = Durations.parse(threshold.value());
    return parsed.isPresent() && parsed.get().isZero() ? Optional.empty() : parsed;
  }
}
