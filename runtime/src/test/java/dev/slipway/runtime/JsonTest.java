package dev.slipway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void quotesAndEscapes() {
    assertEquals("\"db\"", Json.quote("db"));
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.quote("a\"b\\c\nd\u0001"));
  }
}
