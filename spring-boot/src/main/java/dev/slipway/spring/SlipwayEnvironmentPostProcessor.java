package dev.slipway.spring;

import dev.slipway.runtime.ServiceDescriptor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds, with the lowest precedence of all, the settings that make Spring Boot serve what the
 * service's generated manifests assume, read from its generated descriptor: the server port (and a
 * management port when the probes use one), the Actuator probe groups and the Prometheus endpoint
 * exposed, graceful shutdown within the grace period. Anything the application sets itself wins;
 * the compile checks that it does not contradict the annotations (SLW-SPR-*).
 *
 * <p>Registered under {@code org.springframework.boot.env.EnvironmentPostProcessor}, the one
 * interface both Spring Boot 3 and Spring Boot 4 (where it is deprecated for a new one) load.
 */
@SuppressWarnings({"deprecation", "removal"})
public final class SlipwayEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  /** The name of the property source this adds. */
  public static final String PROPERTY_SOURCE = "slipway";

  /** What Spring Boot must expose over HTTP for the probes and the scrape. */
  static final String EXPOSURE = "health,prometheus";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty(ServiceClasses.ENABLED, Boolean.class, true)) {
      return;
    }
    Class<?> serviceClass = ServiceClasses.find(environment, application);
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(PROPERTY_SOURCE, defaults(ServiceDescriptor.of(serviceClass))));
  }

  /** The settings for {@code descriptor}. */
  static Map<String, Object> defaults(ServiceDescriptor descriptor) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put(ServiceClasses.SERVICE_CLASS, descriptor.serviceClass());
    settings.put("server.port", descriptor.port());
    if (descriptor.healthPort() != descriptor.port()) {
      settings.put("management.server.port", descriptor.healthPort());
    }
    settings.put("management.endpoints.web.exposure.include", EXPOSURE);
    settings.put("management.endpoint.health.probes.enabled", true);
    settings.put("server.shutdown", "graceful");
    settings.put(
        "spring.lifecycle.timeout-per-shutdown-phase", shutdownPhase(descriptor).toMillis() + "ms");
    return settings;
  }

  /**
   * What is left of the grace period once the drain is over, for the requests still in flight: the
   * pod is killed when the grace period ends. At least a second.
   */
  static Duration shutdownPhase(ServiceDescriptor descriptor) {
    Duration left = descriptor.gracePeriod().minus(descriptor.drain());
    return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the application's configuration files are loaded
  }
}
