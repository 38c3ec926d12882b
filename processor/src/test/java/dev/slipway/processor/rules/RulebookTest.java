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
    for (Rule rule : Rulebook.ALL) {
      assertThat(rule.id()).matches("SLW-(SVC|IMG|RES|ENV|DEP|SCL|HLT|CAN|EXP|WVR|LIF|SLO|MET|BG)-[0-9]{3}");
      for (String text : List.of(rule.title(), rule.reason(), rule.fix())) {
        assertThat(text).isNotEmpty();
        assertThat(text).doesNotContain("\n");
      }
    }
  }

  @Test
  void findsRulesById() {
    assertThat(Rulebook.byId("SLW-SCL-002").orElseThrow().title()).isEqualTo("@Scaling(max) is at least min");
    assertThat(Rulebook.byId("SLW-NOPE-001").isPresent()).isFalse();
  }
}
