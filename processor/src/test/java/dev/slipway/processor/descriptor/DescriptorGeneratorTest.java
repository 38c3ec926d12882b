package dev.slipway.processor.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.javapoet.ClassName;
import dev.slipway.processor.model.BlueGreenModel;
import dev.slipway.processor.model.CanaryModel;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.MetricsModel;
import dev.slipway.processor.model.Origin;
import dev.slipway.processor.model.ResourcesModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.model.SloModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DescriptorGeneratorTest {

  private static final ClassName ORDERS = ClassName.get("com.acme.orders", "OrdersService");

  @Test
  void descriptorCarriesTheAnnotatedValues() {
    String source = DescriptorGenerator.generate(orders(Optional.of(healthCheck(0)), 0), ORDERS).toString();

    assertEquals(
        """
        package com.acme.orders;

        import dev.slipway.runtime.ServiceDescriptor;
        import java.time.Duration;
        import java.util.List;
        import javax.annotation.processing.Generated;

        /**
         * What the manifests and alerts generated for {@link OrdersService} assume about the
         * running service, read by the Slipway runtime. Generated from the class's
         * annotations: change those, not this file.
         */
        @Generated("dev.slipway.processor.SlipwayProcessor")
        public final class OrdersServiceSlipway implements ServiceDescriptor {
          @Override
          public String serviceClass() {
            return "com.acme.orders.OrdersService";
          }

          @Override
          public String name() {
            return "orders";
          }

          @Override
          public String team() {
            return "commerce";
          }

          @Override
          public int port() {
            return 8080;
          }

          @Override
          public int healthPort() {
            return 8080;
          }

          @Override
          public String livenessPath() {
            return "/live";
          }

          @Override
          public String readinessPath() {
            return "/ready";
          }

          @Override
          public String startupPath() {
            return "";
          }

          @Override
          public String metricsPath() {
            return "/prometheus";
          }

          @Override
          public int metricsPort() {
            return 8080;
          }

          @Override
          public double availabilityObjective() {
            return 99.95;
          }

          @Override
          public Duration latencyThreshold() {
            return Duration.ofMillis(300);
          }

          @Override
          public List<Duration> latencyBuckets() {
            return List.of(
                Duration.ofMillis(5),
                Duration.ofMillis(10),
                Duration.ofMillis(25),
                Duration.ofMillis(50),
                Duration.ofMillis(100),
                Duration.ofMillis(250),
                Duration.ofMillis(300),
                Duration.ofMillis(500),
                Duration.ofMillis(750),
                Duration.ofSeconds(1),
                Duration.ofMillis(2500),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10));
          }

          @Override
          public Duration drain() {
            return Duration.ofSeconds(15);
          }

          @Override
          public Duration gracePeriod() {
            return Duration.ofSeconds(45);
          }
        }
        """,
        source);
  }

  @Test
  void bucketsIncludeEveryThresholdOnceInOrder() {
    ServiceModel service = orders(Optional.empty(), 0);

    assertEquals(
        List.of(5, 10, 25, 50, 100, 250, 300, 500, 750, 1000, 2500, 5000, 10000).stream()
            .map(Duration::ofMillis)
            .toList(),
        LatencyBuckets.of(service));
  }

  @Test
  void portsDefaultToTheServicePortThenTheHealthPort() {
    String managementPort = DescriptorGenerator.generate(orders(Optional.of(healthCheck(9000)), 0), ORDERS).toString();
    assertContains(managementPort, "public int healthPort() {\n    return 9000;");
    assertContains(managementPort, "public int metricsPort() {\n    return 9000;");

    String ownMetricsPort = DescriptorGenerator.generate(orders(Optional.of(healthCheck(9000)), 9100), ORDERS).toString();
    assertContains(ownMetricsPort, "public int metricsPort() {\n    return 9100;");
  }

  @Test
  void withoutHealthCheckTheRuntimeServesTheAnnotationDefaults() {
    String source = DescriptorGenerator.generate(orders(Optional.empty(), 0), ORDERS).toString();

    assertContains(source, "return \"/health/live\";");
    assertContains(source, "return \"/health/ready\";");
    assertContains(source, "return \"/health/started\";");
  }

  @Test
  void nestedServiceClassGetsAFlatDescriptorNameAndItsBinaryName() {
    ClassName nested = ClassName.get("com.acme", "Shop", "CartService");

    assertEquals(ClassName.get("com.acme", "Shop_CartServiceSlipway"), DescriptorGenerator.descriptorName(nested));
    assertContains(DescriptorGenerator.generate(orders(Optional.empty(), 0), nested).toString(),
        "return \"com.acme.Shop$CartService\";");
  }

  @Test
  void servicesFileListsBinaryNamesSorted() {
    assertEquals(
        "com.acme.orders.OrdersServiceSlipway\ncom.acme.payments.PaymentsServiceSlipway\n",
        DescriptorGenerator.servicesFile(List.of(
            ClassName.get("com.acme.payments", "PaymentsServiceSlipway"),
            ClassName.get("com.acme.orders", "OrdersServiceSlipway"))));
  }

  private static void assertContains(String text, String part) {
    if (!text.contains(part)) {
      throw new AssertionError("expected to contain:\n" + part + "\nin:\n" + text);
    }
  }

  private static HealthCheckModel healthCheck(int port) {
    return new HealthCheckModel(Origin.NONE, Located.of("/live"), Located.of("/ready"), Located.of(""),
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
