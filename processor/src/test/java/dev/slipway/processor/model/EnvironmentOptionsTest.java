package dev.slipway.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The environment options as javac hands them over: trimmed, de-duplicated, tolerant of noise. */
class EnvironmentOptionsTest {

  @Test
  void defaultsToDevStagingProdWithProdAsProduction() {
    assertEquals(List.of("dev", "staging", "prod"), Options.DEFAULTS.environments());
    assertEquals("prod", Options.DEFAULTS.productionEnvironment());
  }

  @Test
  void environmentsAreTrimmedAndListedOnce() {
    Options options = Options.parse(Map.of(Options.ENVIRONMENTS, " qa, qa ,,live "));
    assertEquals(List.of("qa", "live"), options.environments());
  }

  @Test
  void environmentTagsArePairsAndIncompleteEntriesAreIgnored() {
    Options options =
        Options.parse(Map.of(Options.ENVIRONMENT_TAGS, "dev=1.5.0-rc.1, staging = 1.4.3,qa=,=x,junk"));
    assertEquals(Optional.of("1.5.0-rc.1"), options.tagFor("dev"));
    assertEquals(Optional.of("1.4.3"), options.tagFor("staging"));
    assertEquals(Optional.empty(), options.tagFor("qa"));
    assertEquals(Optional.empty(), options.tagFor("prod"));
    assertEquals(2, options.environmentTags().size());
  }
}
