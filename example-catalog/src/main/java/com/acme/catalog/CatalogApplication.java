package com.acme.catalog;

import dev.slipway.annotations.Canary;
import dev.slipway.annotations.HealthCheck;
import dev.slipway.annotations.Resources;
import dev.slipway.annotations.Scaling;
import dev.slipway.annotations.Service;
import dev.slipway.annotations.Slo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The shop's product catalog, a Spring Boot web app. Its probes and scrape are Spring Boot's
 * (Actuator's liveness and readiness groups, {@code /actuator/prometheus}): {@code @HealthCheck}
 * leaves them to the framework, and slipway-spring-boot makes the app serve them, with a bucket at
 * every latency threshold below.
 */
@SpringBootApplication
@Service(
    name = "catalog",
    image = "ghcr.io/acme/catalog:1.0.0",
    port = 8080,
    team = "commerce",
    resources = @Resources(cpu = "250m", memory = "384Mi", cpuLimit = "1", memoryLimit = "512Mi"),
    drain = "5s",
    gracePeriod = "30s")
@Scaling(min = 4, max = 8, cpuUtilization = 70) // 4 pods: the fewest on which a 20 % step is 20 %
@HealthCheck
@Slo(latency = "300ms")
@Canary(
    steps = {20, 50},
    pause = "5m",
    maxErrorRate = 0.01,
    maxLatencyP99 = "500ms")
public class CatalogApplication {

  public static void main(String[] args) {
    SpringApplication.run(CatalogApplication.class, args);
  }
}
