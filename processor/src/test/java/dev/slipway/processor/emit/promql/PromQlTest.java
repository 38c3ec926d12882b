package dev.slipway.processor.emit.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromQlTest {

  @Test
  void plainValueIsQuotedAsIs() {
    assertEquals("\"orders\"", PromQl.stringLiteral("orders"));
  }

  @Test
  void backslashQuoteAndLineBreaksAreEscaped() {
    assertEquals("\"a\\\\b\"", PromQl.stringLiteral("a\\b"));
    assertEquals("\"say \\\"hi\\\"\"", PromQl.stringLiteral("say \"hi\""));
    assertEquals("\"one\\ntwo\\rthree\\tfour\"", PromQl.stringLiteral("one\ntwo\rthree\tfour"));
  }

  @Test
  void injectionAttemptStaysInsideTheString() {
    String hostile = "x\"} or vector(1) or up{job=\"";
    assertEquals("job=\"x\\\"} or vector(1) or up{job=\\\"\"", PromQl.equal("job", hostile));
  }

  @Test
  void regexMetacharactersAreBackslashed() {
    assertEquals("0\\.3", PromQl.regexLiteral("0.3"));
    assertEquals(
        "\\(a\\|b\\)\\*\\+\\?\\[\\]\\{\\}\\^\\$\\\\", PromQl.regexLiteral("(a|b)*+?[]{}^$\\"));
    assertEquals("orders-api", PromQl.regexLiteral("orders-api"));
  }

  @Test
  void regexMatcherEscapesTheRegexAgainAsAString() {
    // the regex 0\.3 is written in PromQL as "0\\.3"
    assertEquals("le=~\"0\\\\.3|1\"", PromQl.matchesRegex("le", PromQl.anyOf(List.of("0.3", "1"))));
  }

  @Test
  void selectorJoinsMatchers() {
    assertEquals(
        "up{job=\"orders\",pod!~\"x\"}",
        PromQl.selector(
            "up", List.of(PromQl.equal("job", "orders"), PromQl.notMatchesRegex("pod", "x"))));
  }
}
