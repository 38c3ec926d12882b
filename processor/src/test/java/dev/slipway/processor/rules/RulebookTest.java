package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule list's own invariants: what the docs and waivers rely on. */
class RulebookTest {

  @Test
  void hasAtLeastFortyRulesWithUniqueIdsInIdOrder() {
    List<String> ids = Rulebook.ALL.stream().map(Rule::id).toList();
    assertThat(ids.size()).isAtLeast(40);
    assertThat(ids).containsNoDuplicates();
    assertThat(ids).isInOrder(Comparator.naturalOrder());
  }

  @Test
  void aRetiredIdIsNeverGivenToAnotherRule() {
    List<String> ids = Rulebook.ALL.stream().map(Rule::id).toList();
    assertThat(Retired.IDS).isNotEmpty();
    for (String id : Retired.IDS.keySet()) {
      assertThat(ids).doesNotContain(id);
    }
  }

  @Test
  void everyRuleHasAnIdOfItsFamilyAndOneLineDocs() {
    for (Family family : Rulebook.FAMILIES) {
      assertThat(family.rules()).isNotEmpty();
      assertThat(family.title()).isNotEmpty();
      for (Rule rule : family.rules()) {
        assertThat(rule.id()).matches("SLW-" + family.code() + "-[0-9]{3}");
        for (String text : List.of(rule.title(), rule.reason(), rule.fix())) {
          assertThat(text).isNotEmpty();
          assertThat(text).doesNotContain("\n");
        }
      }
    }
    assertThat(Rulebook.FAMILIES.stream().map(Family::code).toList()).containsNoDuplicates();
  }

  @Test
  void everyRuleClassIsRegisteredInAFamily() throws Exception {
    Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path rules = classes.resolve(Rule.class.getPackageName().replace('.', '/'));
    List<String> unregistered;
    try (Stream<Path> files = Files.walk(rules)) {
      unregistered =
          files
              .map(file -> classes.relativize(file).toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .filter(name -> isConcreteRule(name))
              .filter(
                  name ->
                      Rulebook.ALL.stream()
                          .noneMatch(rule -> rule.getClass().getName().equals(name)))
              .toList();
    }
    assertWithMessage("rules missing from their family's FAMILY list").that(unregistered).isEmpty();
  }

  private static boolean isConcreteRule(String className) {
    try {
      Class<?> type = Class.forName(className, false, Rule.class.getClassLoader());
      return Rule.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void findsRulesById() {
    assertThat(Rulebook.byId("SLW-SCL-002").orElseThrow().title())
        .isEqualTo("@Scaling(max) is at least min");
    assertThat(Rulebook.byId("SLW-NOPE-001").isPresent()).isFalse();
  }
}
