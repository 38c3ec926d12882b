package dev.slipway.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slipway.processor.model.AppConfig;
import dev.slipway.processor.model.SpringBootConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Spring Boot's configuration files as the processor reads them, without javac. */
class ConfigFilesTest {

  private static AppConfig read(Map<String, String> files, String... profiles) {
    return ConfigFiles.read(List.of(profiles), name -> Optional.ofNullable(files.get(name)));
  }

  @Test
  void propertiesWinOverYamlAndAProfileOverTheBase() {
    AppConfig config =
        read(
            Map.of(
                "application.yaml", "server:\n  port: 7000\n",
                "application.properties", "server.port=8000\n",
                "application-prod.yml", "server.port: 9000\n"),
            "prod");
    assertEquals("8000", config.get(AppConfig.BASE, "server.port").orElseThrow().value());
    assertEquals("application-prod.yml", config.get("prod", "server.port").orElseThrow().file());
    assertEquals(List.of("", "prod"), config.profiles());
  }

  @Test
  void relaxedKeysListsAndBracketedMapKeys() {
    AppConfig config =
        read(
            Map.of(
                "application.yaml",
                """
        management:
          endpoints:
            web:
              exposure:
                include: [health, prometheus]
          metrics:
            distribution:
              slo:
                "[http.server.requests]": 300ms,500ms
        spring:
          lifecycle:
            timeoutPerShutdownPhase: 45s
        """,
                "application.properties",
                "management.endpoints.web.exposure.exclude[0]=env\nmanagement.endpoints.web.exposure.exclude[1]=beans\n"));
    SpringBootConfig spring = SpringBootConfig.base(config);
    assertTrue(spring.exposed("prometheus"));
    assertFalse(spring.exposed("env"));
    assertEquals(
        "env,beans",
        config.get("", "management.endpoints.web.exposure.exclude").orElseThrow().value());
    assertEquals(List.of(Duration.ofMillis(300), Duration.ofMillis(500)), spring.sloBoundaries());
    assertEquals("45s", spring.shutdownTimeout().orElseThrow().value());
  }

  @Test
  void aDocumentActivatedOnAProfileBelongsToIt() {
    AppConfig config =
        read(
            Map.of(
                "application.yaml",
                "server.port: 8080\n---\nspring.config.activate.on-profile: prod\nserver.port: 9090\n"));
    assertEquals(8080, SpringBootConfig.base(config).serverPort().getAsInt());
    assertEquals(9090, new SpringBootConfig(config, "prod").serverPort().getAsInt());
  }

  @Test
  void placeholdersTakeTheirDefaultOrAreUnknown() {
    AppConfig config =
        read(
            Map.of(
                "application.properties",
                "server.port=${PORT:9000}\nmanagement.server.port=${MGMT}\n"));
    SpringBootConfig spring = SpringBootConfig.base(config);
    assertEquals(9000, spring.serverPort().getAsInt());
    assertTrue(spring.managementPort().isEmpty());
  }

  @Test
  void activeProfilesOfTheBaseFileAreReadToo() {
    AppConfig config =
        read(
            Map.of(
                "application.properties", "spring.profiles.active=eu\n",
                "application-eu.properties", "server.port=8181\n"));
    assertEquals(8181, new SpringBootConfig(config, "eu").serverPort().getAsInt());
  }

  @Test
  void aFileThatDoesNotParseIsAProblemNotAnException() {
    AppConfig config =
        read(
            Map.of(
                "application.yaml", "server: [\n", "application.properties", "server.port=8080\n"));
    assertEquals(1, config.problems().size());
    assertEquals("application.yaml", config.problems().get(0).file());
    assertEquals(8080, SpringBootConfig.base(config).serverPort().getAsInt());
  }

  @Test
  void aFileThatCannotBeReadIsAProblemToo() {
    AppConfig config =
        ConfigFiles.read(
            List.of(),
            name -> {
              if (name.equals("application.properties")) {
                throw new UncheckedIOException(new IOException("permission denied"));
              }
              return Optional.empty();
            });
    assertEquals(
        List.of(new AppConfig.Problem("application.properties", "permission denied")),
        config.problems());
  }

  @Test
  void springDurations() {
    assertEquals(Optional.of(Duration.ofSeconds(30)), SpringBootConfig.duration("30s", "ms"));
    assertEquals(Optional.of(Duration.ofMillis(250)), SpringBootConfig.duration("250", "ms"));
    assertEquals(Optional.of(Duration.ofSeconds(20)), SpringBootConfig.duration("PT20S", "ms"));
    assertEquals(Optional.empty(), SpringBootConfig.duration("soon", "ms"));
  }
}
