package dev.slipway.processor.emit.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slipway.processor.Yaml;
import dev.slipway.processor.emit.prometheus.Compiled;
import dev.slipway.processor.plan.Layout;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The runbooks: every alert lands on its own section, with commands for production. */
class RunbookFileTest {

  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

  @Test
  void everyAlertsRunbookUrlPointsAtAHeadingOfTheRunbook() {
    Compiled compiled = Compiled.ordersAndPayments();
    for (String service : List.of("orders", "payments")) {
      Set<String> anchors = githubAnchors(compiled.file(service + "/runbook.md"));
      JsonNode groups =
          Yaml.read(compiled.file(service + "/prometheus/" + service + ".rules.yaml"))
              .get("groups");
      int alerts = 0;
      for (JsonNode group : groups) {
        for (JsonNode rule : group.get("rules")) {
          if (rule.has("alert")) {
            String url = rule.at("/annotations/runbook_url").asText();
            String prefix = "https://runbooks.example.com/slipway/" + service + "/runbook.md#";
            assertTrue(url.startsWith(prefix), url);
            assertTrue(
                anchors.contains(url.substring(prefix.length())), url + " not among " + anchors);
            alerts++;
          }
        }
      }
      assertTrue(alerts >= 8, service + " has " + alerts + " alerts");
    }
  }

  @Test
  void everyAlertSectionSaysWhatItMeansHowToLookAndHowToMitigate() {
    String runbook = Compiled.ordersAndPayments().file("orders/runbook.md");
    String[] sections = runbook.split("\n## ");
    int alertSections = 0;
    for (String section : sections) {
      if (section.startsWith("Alerts") || section.startsWith("# ")) {
        continue;
      }
      alertSections++;
      assertTrue(section.contains("\nSeverity: "), section);
      assertTrue(section.contains("### How to look"), section);
      assertTrue(section.contains("### How to mitigate"), section);
    }
    assertEquals(11, alertSections);
  }

  @Test
  void commandsUseTheRealNamesAndTheProductionNamespaceOfTheOption() {
    Compiled compiled =
        Compiled.compile(
            Map.of(
                "com.acme.orders.OrdersService",
                Compiled.ORDERS,
                "com.acme.payments.PaymentsService",
                Compiled.PAYMENTS),
            "-Aslipway.namespace={team}-{env}",
            "-Aslipway.environments=dev,live",
            "-Aslipway.runbookBaseUrl=https://wiki.acme.example/runbooks/");
    String runbook = compiled.file("orders/runbook.md");
    assertTrue(
        runbook.contains("kubectl -n commerce-live get pods -l app.kubernetes.io/name=orders"),
        runbook);
    assertTrue(runbook.contains("kubectl argo rollouts -n commerce-live undo orders"), runbook);
    assertTrue(runbook.contains("| dev | `commerce-dev` |"), runbook);
    assertTrue(runbook.contains("Owner: team `commerce`"), runbook);
    assertTrue(
        runbook.contains(
            "Objectives: 99.9 % of requests without a 5xx and 99 % within 300ms, over 30d"),
        runbook);
    assertTrue(
        runbook.contains(
            "`payments` (runbook: https://wiki.acme.example/runbooks/payments/runbook.md)"),
        runbook);
    String payments = compiled.file("payments/runbook.md");
    assertTrue(
        payments.contains("kubectl -n payments-live rollout undo deployment/payments"), payments);
    String rules = compiled.file("orders/prometheus/orders.rules.yaml");
    assertTrue(
        rules.contains("https://wiki.acme.example/runbooks/orders/runbook.md#errorbudgetburn"),
        rules);
  }

  @Test
  void anchorsFollowGithub() {
    assertEquals("errorbudgetburn", Layout.anchor("ErrorBudgetBurn"));
    assertEquals("how-to-look", Layout.anchor("How to look"));
    assertEquals("runbook-orders", Layout.anchor("Runbook: orders"));
    assertEquals("a_b-c", Layout.anchor("A_b-c!"));
  }

  /**
   * The anchors GitHub gives a document's headings, written independently of the code under test:
   * lower case, characters other than letters, digits, spaces, '-' and '_' removed, spaces to '-',
   * and repeated anchors numbered -1, -2, ...
   */
  private static Set<String> githubAnchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher m = HEADING.matcher(markdown);
    while (m.find()) {
      String base =
          m.group(1)
              .strip()
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N} _-]", "")
              .replace(' ', '-');
      int n = seen.merge(base, 1, Integer::sum) - 1;
      anchors.add(n == 0 ? base : base + "-" + n);
    }
    return anchors;
  }
}
