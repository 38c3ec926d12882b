package dev.slipway.spring.app;

import dev.slipway.annotations.Canary;
import dev.slipway.annotations.HealthCheck;
import dev.slipway.annotations.Resources;
import dev.slipway.annotations.Service;
import dev.slipway.annotations.Slo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot service as a user writes it: every probe and scrape path left to the framework. */
@SpringBootApplication
@RestController
@Service(
    name = "catalog-test",
    image = "ghcr.io/acme/catalog:1.0.0",
    team = "commerce",
    resources = @Resources(cpu = "250m", memory = "384Mi", memoryLimit = "512Mi"),
    drain = "5s",
    gracePeriod = "25s")
@HealthCheck
@Slo(latency = "300ms")
@Canary(steps = 50, maxLatencyP99 = "750ms") // one step that its two pods honour (SLW-CAN-009)
public class CatalogTestApplication {

  @GetMapping("/items/{id}")
  public String item(@PathVariable("id") String id) {
    return "item " + id;
  }

  public static void main(String[] args) {
    SpringApplication.run(CatalogTestApplication.class, args);
  }
}
