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
  void environmentTagsAreKeptAsWrittenAndOnlyCompletePairsGiveTags() {
    Options options =
        Options.parse(
            Map.of(Options.ENVIRONMENT_TAGS, "dev=1.5.0-rc.1, staging = 1.4.3,qa=,=x,junk"));
    assertEquals(Optional.of("1.5.0-rc.1"), options.tagFor("dev"));
    assertEquals(Optional.of("1.4.3"), options.tagFor("staging"));
    assertEquals(Optional.empty(), options.tagFor("qa"));
    assertEquals(Optional.empty(), options.tagFor("prod"));
    // the incomplete entries stay, for SLW-OPT-006 to report
    assertEquals(
        List.of("dev=1.5.0-rc.1", "staging = 1.4.3", "qa=", "=x", "junk"),
        options.environmentTags().stream().map(Options.EnvironmentTag::entry).toList());
    assertEquals(
        List.of(true, true, false, false, false),
        options.environmentTags().stream().map(Options.EnvironmentTag::wellFormed).toList());
  }

  @Test
  void parsingNeverFailsAndKeepsWhatWasWritten() {
    java.util.Map<String, String> raw = new java.util.HashMap<>();
    raw.put(Options.ENVIRONMENTS, ",,");
    raw.put(Options.STRICT, "yes");
    raw.put(Options.TAG, null);
    raw.put("slipway.enviroments", "qa");
    raw.put("other.option", "x");
    Options options = Options.parse(raw);
    assertEquals(List.of(), options.environments());
    assertEquals("", options.productionEnvironment());
    assertEquals(false, options.strict());
    assertEquals("", options.tag());
    assertEquals(
        List.of("slipway.enviroments", "slipway.environments", "slipway.strict", "slipway.tag"),
        List.copyOf(options.written().keySet()));
  }
}
