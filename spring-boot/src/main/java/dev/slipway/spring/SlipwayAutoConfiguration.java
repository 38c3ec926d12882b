package dev.slipway.spring;

import dev.slipway.runtime.ServiceDescriptor;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.time.Duration;
import java.util.TreeSet;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The beans that make a Spring Boot app honour its Slipway manifests; the settings come from {@link
 * SlipwayEnvironmentPostProcessor}. Both read the descriptor the processor generated for the
 * application's {@code @Service} class, so the app cannot disagree with its manifests:
 *
 * <ul>
 *   <li>{@link ServiceDescriptor}: the descriptor itself, for the application to use;
 *   <li>a {@link MeterFilter} that adds a bucket to {@code http.server.requests} at every boundary
 *       of the descriptor (the Prometheus client defaults and every threshold the SLO alerts and
 *       the canary or blue-green analysis compare against), to whatever the application configures;
 *   <li>{@link SlipwayDrain}: on shutdown, readiness fails and the app keeps serving for
 *       {@code @Service(drain)} before Spring Boot's graceful shutdown begins.
 * </ul>
 */
@AutoConfiguration
@ConditionalOnProperty(name = ServiceClasses.ENABLED, havingValue = "true", matchIfMissing = true)
public class SlipwayAutoConfiguration {

  /** The timer Spring Boot records HTTP server requests in. */
  static final String HTTP_SERVER_REQUESTS = "http.server.requests";

  /** Overrides {@code @Service(drain)}, e.g. {@code 0s} in tests. */
  static final String DRAIN = "slipway.drain";

  @Bean
  ServiceDescriptor slipwayServiceDescriptor(Environment environment) {
    return ServiceClasses.descriptor(environment, SlipwayAutoConfiguration.class.getClassLoader());
  }

  @Bean
  SlipwayDrain slipwayDrain(ServiceDescriptor descriptor, Environment environment) {
    return new SlipwayDrain(environment.getProperty(DRAIN, Duration.class, descriptor.drain()));
  }

  /** Ordered after Spring Boot's own filters, which set what the application configures. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  MeterFilter slipwayLatencyBuckets(ServiceDescriptor descriptor) {
    return new LatencyBuckets(descriptor);
  }

  /** Adds the descriptor's boundaries to the SLO boundaries of {@code http.server.requests}. */
  static final class LatencyBuckets implements MeterFilter {

    private final double[] boundaries;

    LatencyBuckets(ServiceDescriptor descriptor) {
      this.boundaries =
          descriptor.latencyBuckets().stream().mapToDouble(d -> (double) d.toNanos()).toArray();
    }

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
      if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
        return config;
      }
      TreeSet<Double> merged = new TreeSet<>();
      double[] configured = config.getServiceLevelObjectiveBoundaries();
      if (configured != null) {
        for (double boundary : configured) {
          merged.add(boundary);
        }
      }
      for (double boundary : boundaries) {
        merged.add(boundary);
      }
      return DistributionStatisticConfig.builder()
          .serviceLevelObjectives(merged.stream().mapToDouble(Double::doubleValue).toArray())
          .build()
          .merge(config);
    }
  }
}
