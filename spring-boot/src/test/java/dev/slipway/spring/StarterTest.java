package dev.slipway.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slipway.runtime.ServiceDescriptor;
import dev.slipway.spring.app.CatalogTestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A real Spring Boot web app with Actuator and the starter, and nothing configured by hand: the
 * paths its generated manifests probe and scrape answer, the scrape has buckets at every threshold,
 * and shutdown follows {@code @Service(drain, gracePeriod)}.
 */
@SpringBootTest(
    classes = CatalogTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "slipway.drain=0s",
      // Spring Boot 3 switches metrics export off in tests (Boot 4 no longer does)
      "management.prometheus.metrics.export.enabled=true"
    })
class StarterTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired ServiceDescriptor descriptor;
  @Autowired ConfigurableEnvironment environment;

  @Test
  void readsTheDescriptorGeneratedForTheApplicationClass() {
    assertEquals(CatalogTestApplication.class.getName(), descriptor.serviceClass());
    assertEquals("catalog-test", descriptor.name());
    assertEquals("/actuator/health/liveness", descriptor.livenessPath());
    assertEquals("/actuator/health/readiness", descriptor.readinessPath());
    assertEquals("/actuator/health/liveness", descriptor.startupPath());
    assertEquals("/actuator/prometheus", descriptor.metricsPath());
  }

  @Test
  void everyProbePathOfTheManifestsAnswers200() throws Exception {
    for (String path :
        List.of(descriptor.livenessPath(), descriptor.readinessPath(), descriptor.startupPath())) {
      assertEquals(200, get(path).statusCode(), path);
    }
  }

  @Test
  void theScrapeHasABucketAtEveryThresholdOfTheAlertsAndTheCanary() throws Exception {
    assertEquals(200, get("/items/42").statusCode());
    HttpResponse<String> scrape = get(descriptor.metricsPath());
    assertEquals(200, scrape.statusCode());
    String items =
        scrape
            .body()
            .lines()
            .filter(
                l ->
                    l.startsWith("http_server_requests_seconds_bucket{")
                        && l.contains("uri=\"/items/{id}\""))
            .reduce("", (a, b) -> a + b + "\n");
    for (String le : List.of("0.005", "0.3", "0.5", "0.75", "10.0", "+Inf")) {
      assertTrue(items.contains("le=\"" + le + "\""), "bucket le=" + le + " in\n" + items);
    }
  }

  @Test
  void shutdownFitsTheGracePeriodAndTheApplicationsOwnSettingsWin() {
    assertEquals("graceful", environment.getProperty("server.shutdown"));
    assertEquals(
        Duration.ofSeconds(20),
        environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class));
    assertEquals(
        "health,prometheus", environment.getProperty("management.endpoints.web.exposure.include"));
    List<String> sources = environment.getPropertySources().stream().map(p -> p.getName()).toList();
    int slipway = sources.indexOf(SlipwayEnvironmentPostProcessor.PROPERTY_SOURCE);
    int application =
        sources.indexOf(
            sources.stream()
                .filter(n -> n.contains("application.properties"))
                .findFirst()
                .orElseThrow());
    assertTrue(
        slipway > application,
        "the starter's settings come after the application's own: " + sources);
    assertEquals("catalog-test", environment.getProperty("spring.application.name"));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
