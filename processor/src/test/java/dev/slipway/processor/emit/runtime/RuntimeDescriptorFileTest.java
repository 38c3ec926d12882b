package dev.slipway.processor.emit.runtime;

import static dev.slipway.processor.model.TestModels.healthCheck;
import static dev.slipway.processor.model.TestModels.orders;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.plan.Planner;
import dev.slipway.processor.plan.ServicePlan;
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
        RuntimeDescriptorFile.text(plan(orders(Optional.of(healthCheck("/live", 0)), 0))));
  }

  @Test
  void bucketsIncludeEveryThresholdOnceInOrder() {
    assertEquals(
        List.of(5, 10, 25, 50, 100, 250, 300, 500, 750, 1000, 2500, 5000, 10000).stream()
            .map(Duration::ofMillis)
            .toList(),
        plan(orders(Optional.empty(), 0)).latencyBuckets());
  }

  @Test
  void portsDefaultToTheServicePortThenTheHealthPort() {
    var managementPort = RuntimeDescriptorFile.values(plan(orders(Optional.of(healthCheck("/live", 9000)), 0)));
    assertEquals("9000", managementPort.get("healthPort"));
    assertEquals("9000", managementPort.get("metricsPort"));

    var ownMetricsPort = RuntimeDescriptorFile.values(plan(orders(Optional.of(healthCheck("/live", 9000)), 9100)));
    assertEquals("9100", ownMetricsPort.get("metricsPort"));
  }

  @Test
  void withoutHealthCheckTheRuntimeServesTheAnnotationDefaults() {
    var values = RuntimeDescriptorFile.values(plan(orders(Optional.empty(), 0)));

    assertEquals("/health/live", values.get("livenessPath"));
    assertEquals("/health/ready", values.get("readinessPath"));
    assertEquals("/health/started", values.get("startupPath"));
  }

  @Test
  void everyValueReadsBackUnchangedAsTheRuntimeReadsIt() throws IOException {
    ServicePlan service = plan(orders(Optional.of(healthCheck(" /a b\\c=d:e#f!g\ttab\nnew\u00e9\u20ac\u0001", 0)), 0));
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

  private static ServicePlan plan(ServiceModel service) {
    return Planner.plan(List.of(service), Options.DEFAULTS, true).services().get(0);
  }
}
