package dev.slipway.processor.emit.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A value goes into a runbook command as one literal shell word. */
class ShellTest {

  @Test
  void literalWordsStayBare() {
    assertEquals("orders", Shell.quote("orders"));
    assertEquals("app.kubernetes.io/name=orders", Shell.quote("app.kubernetes.io/name=orders"));
    assertEquals("localhost:9090/metrics", Shell.quote("localhost:9090/metrics"));
  }

  @Test
  void anythingElseIsSingleQuotedWithQuotesEscaped() {
    assertEquals("'/prom;v=1&x=$(id)'", Shell.quote("/prom;v=1&x=$(id)"));
    assertEquals("'it'\\''s'", Shell.quote("it's"));
    assertEquals("''", Shell.quote(""));
    assertEquals("'*'", Shell.quote("*"));
    assertEquals("'~x'", Shell.quote("~x"));
  }

  @Test
  void commandsFillTheirSlotsWithQuotedValues() {
    assertEquals(
        "kubectl -n prod describe pod <pod> | grep 'a b'",
        Shell.command("kubectl -n %s describe pod <pod> | grep 'a b'", "prod"));
    assertEquals("curl -s 'localhost:9090/a;b'", Shell.command("curl -s %s", "localhost:9090/a;b"));
    assertThrows(IllegalArgumentException.class, () -> Shell.command("kubectl %s %s", "a"));
    assertThrows(IllegalArgumentException.class, () -> Shell.command("kubectl", "a"));
  }
}
