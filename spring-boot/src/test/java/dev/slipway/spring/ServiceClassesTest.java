package dev.slipway.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slipway.spring.app.CatalogTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ServiceClassesTest {

  @Test
  void findsTheApplicationClassByItsDescriptor() {
    assertEquals(
        CatalogTestApplication.class,
        ServiceClasses.find(
            new MockEnvironment(),
            new SpringApplication(String.class, CatalogTestApplication.class)));
  }

  @Test
  void aNamedServiceClassComesFirst() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty(ServiceClasses.SERVICE_CLASS, CatalogTestApplication.class.getName());
    assertEquals(
        CatalogTestApplication.class,
        ServiceClasses.find(environment, new SpringApplication(String.class)));
  }

  @Test
  void explainsAnApplicationWithoutDescriptor() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ServiceClasses.find(new MockEnvironment(), new SpringApplication(String.class)));
    assertTrue(
        e.getMessage()
            .startsWith(
                "slipway-spring-boot found no Slipway descriptor for the application (tried ["),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "java.lang.String]): annotate the @SpringBootApplication class with @Service"),
        e.getMessage());
  }
}
