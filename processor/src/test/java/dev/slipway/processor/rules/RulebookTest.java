package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;

import java.util.Comparator;
import java.util.List;
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
  void findsRulesById() {
    assertThat(Rulebook.byId("SLW-SCL-002").orElseThrow().title()).isEqualTo("@Scaling(max) is at least min");
    assertThat(Rulebook.byId("SLW-NOPE-001").isPresent()).isFalse();
  }
}
