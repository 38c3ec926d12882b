package dev.slipway.processor.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slipway.processor.model.BlueGreenModel;
import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.MetricsModel;
import dev.slipway.processor.model.Origin;
import dev.slipway.processor.model.ResourcesModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SloModel;
import dev.slipway.processor.emit.GeneratedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RuntimeDescriptorFileTest {

  @Test
  void descriptorCarriesTheAnnotatedValues() {
    assertEquals(
        """
        # What the manifests and alerts generated for com.acme.orders.OrdersService assume about the running
        # service, read by the Slipway runtime. Generated from the class's annotations:
        # change those, not this file.
        serviceClass=com.acme.orders.OrdersService
        name=orders
        team=commerce
        port=8080
        healthPort=8080
        livenessPath=/live
        readinessPath=/ready
        startupPath=
        metricsPath=/prometheus
        metricsPort=8080
        availabilityObjective=99.95
        latencyThreshold=PT0.3S
        latencyBuckets=PT0.005S,PT0.01S,PT0.025S,PT0.05S,PT0.1S,PT0.25S,PT0.3S,PT0.5S,PT0.75S,PT1S,PT2.5S,PT5S,PT10S
        drain=PT15S
        gracePeriod=PT45S
        """,
        RuntimeDescriptorFile.text(orders(Optional.of(healthCheck("/live", 0)), 0)));
  }

  @Test
  void bucketsIncludeEveryThresholdOnceInOrder() {
    assertEquals(
        List.of(5, 10, 25, 50, 100, 250, 300, 500, 750, 1000, 2500, 5000, 10000).stream()
            .map(Duration::ofMillis)
            .toList(),
        LatencyBuckets.of(orders(Optional.empty(), 0)));
  }

  @Test
  void portsDefaultToTheServicePortThenTheHealthPort() {
    var managementPort = RuntimeDescriptorFile.values(orders(Optional.of(healthCheck("/live", 9000)), 0));
    assertEquals("9000", managementPort.get("healthPort"));
    assertEquals("9000", managementPort.get("metricsPort"));

    var ownMetricsPort = RuntimeDescriptorFile.values(orders(Optional.of(healthCheck("/live", 9000)), 9100));
    assertEquals("9100", ownMetricsPort.get("metricsPort"));
  }

  @Test
  void withoutHealthCheckTheRuntimeServesTheAnnotationDefaults() {
    var values = RuntimeDescriptorFile.values(orders(Optional.empty(), 0));

    assertEquals("/health/live", values.get("livenessPath"));
    assertEquals("/health/ready", values.get("readinessPath"));
    assertEquals("/health/started", values.get("startupPath"));
  }

  @Test
  void everyValueReadsBackUnchangedAsTheRuntimeReadsIt() throws IOException {
    ServiceModel service = orders(Optional.of(healthCheck(" /a b\\c=d:e#f!g\ttab\nnew\u00e9\u20ac\u0001", 0)), 0);
    byte[] written = GeneratedFile.text("x", RuntimeDescriptorFile.text(service)).content();
    Properties read = new Properties();
    read.load(new ByteArrayInputStream(written)); // ISO 8859-1, as the runtime loads it

    Map<String, String> values = RuntimeDescriptorFile.values(service);
    values.forEach((key, value) -> assertEquals(value, read.getProperty(key), key));
    assertEquals(values.size(), read.size());
  }

  @Test
  void escapedTextIsPrintableAscii() {
    assertEquals("\\ /a b\\\\c=d\\u00e9\\u20ac\\n", RuntimeDescriptorFile.escape(" /a b\\c=d\u00e9\u20ac\n"));
  }

  private static HealthCheckModel healthCheck(String liveness, int port) {
    return new HealthCheckModel(Origin.NONE, Located.of(liveness), Located.of("/ready"), Located.of(""),
        Located.of(port), Located.of("10s"), Located.of("2s"), Located.of(3), Located.of("0s"));
  }

  /** Orders with an SLO at 300ms, a canary bound of 500ms and a blue-green bound of 750ms. */
  private static ServiceModel orders(Optional<HealthCheckModel> healthCheck, int metricsPort) {
    return new ServiceModel(
        "com.acme.orders.OrdersService",
        Origin.NONE,
        Located.of("orders"),
        Located.of("ghcr.io/acme/orders:1.4.2"),
        Located.of(8080),
        Located.of("commerce"),
        new ResourcesModel(Origin.NONE, Located.of("250m"), Located.of("256Mi"), Located.of("1"), Located.of("512Mi")),
        List.of(),
        List.of(),
        Located.of("15s"),
        Located.of("45s"),
        Optional.empty(),
        healthCheck,
        Optional.of(new CanaryModel(Origin.NONE, 0, Located.of(List.of(Located.of(10))), Located.of("5m"),
            Located.of(0.01), Located.of("500ms"), Located.of(false))),
        Optional.of(new BlueGreenModel(Origin.NONE, 1, Located.of(true), Located.of("1m"), Located.of("5m"),
            Located.of(0.01), Located.of("750ms"))),
        Optional.empty(),
        new SloModel(Origin.NONE, Located.of(99.95), Located.of("300ms"), Located.of(99.0), Located.of("30d")),
        new MetricsModel(Origin.NONE, Located.of("/prometheus"), Located.of(metricsPort), Located.of("30s")),
        List.of());
  }
}
