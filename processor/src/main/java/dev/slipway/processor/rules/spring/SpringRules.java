package dev.slipway.processor.rules.spring;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.SpringBootConfig;
import dev.slipway.processor.rules.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the SLW-SPR rules share: the configuration of each profile, and one finding per message. */
final class SpringRules {

  /** What the starter adds to the exposure when the application sets none. */
  static final String STARTER_EXPOSURE = "health,prometheus";

  static final String STARTER = "slipway-spring-boot";

  private SpringRules() {}

  /** The configuration of every profile with a file; none when the compile is not Spring Boot. */
  static List<SpringBootConfig> views(Compilation compilation) {
    return compilation.platform().springBoot()
        ? SpringBootConfig.views(compilation.platform().config())
        : List.of();
  }

  /**
   * The findings of a check on every profile's configuration ({@link #views}), each distinct
   * message once: a setting of the base file would otherwise be reported again for every profile.
   */
  static Stream<Finding> distinct(List<Finding> onEveryProfile) {
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (Finding f : onEveryProfile) {
      findings.putIfAbsent(f.message(), f);
    }
    return findings.values().stream();
  }

  /** Whether {@code path} is served by Actuator in {@code config}: below its base path. */
  static boolean actuator(SpringBootConfig config, String path) {
    return path.startsWith(config.actuatorPath(""));
  }
}
