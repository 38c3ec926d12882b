package dev.slipway.processor.emit.alerts;

import java.util.Map;

/** One recording rule: the series {@code record} with {@code labels}, computed by {@code expr}. */
public record RecordingRule(String record, String expr, Map<String, String> labels) {

  public RecordingRule {
    labels = Map.copyOf(labels);
  }
}
