package dev.slipway.processor.emit.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One generated alerting rule and the runbook section that explains it.
 *
 * @param name the stable CamelCase alert name; several rules may share one (page and ticket)
 * @param labels labels beyond {@code severity}, {@code team} and {@code service}, such as {@code
 *     slo}; static values only, never {@code $value}
 * @param forDuration how long the condition must hold before the alert fires (whole minutes)
 * @param summary one sentence, no templates
 * @param description what is wrong, with {@code {{ $labels.x }}} templates for the firing series
 */
public record Alert(
    String name,
    AlertSeverity severity,
    Map<String, String> labels,
    String expr,
    Duration forDuration,
    String summary,
    String description,
    Runbook runbook) {

  public Alert {
    labels = Map.copyOf(labels);
  }

  /** An alert without labels of its own. */
  public Alert(
      String name,
      AlertSeverity severity,
      String expr,
      Duration forDuration,
      String summary,
      String description,
      Runbook runbook) {
    this(name, severity, Map.of(), expr, forDuration, summary, description, runbook);
  }

  /** The {@code for} of the rule as a Prometheus duration, such as {@code 15m}. */
  public String forText() {
    return Prose.prometheus(forDuration);
  }

  /**
   * What the on-call engineer reads: what the alert means, how to look, how to mitigate. Commands
   * use the production namespace and the real object names.
   */
  public record Runbook(String meaning, List<Step> investigate, List<Step> mitigate) {

    public Runbook {
      investigate = List.copyOf(investigate);
      mitigate = List.copyOf(mitigate);
    }
  }

  /** One step: a sentence, and the shell commands that carry it out (possibly none). */
  public record Step(String text, List<String> commands) {

    public Step {
      commands = List.copyOf(commands);
    }

    public static Step of(String text, String... commands) {
      return new Step(text, List.of(commands));
    }
  }
}
