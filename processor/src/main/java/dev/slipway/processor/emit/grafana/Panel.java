package dev.slipway.processor.emit.grafana;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One dashboard panel as Grafana's JSON model has it (schema 39): a {@code timeseries}, {@code
 * stat} or {@code gauge} panel reading the dashboard's Prometheus data source variable. Built
 * fluently, then placed on the grid by {@link DashboardFile}.
 */
final class Panel {

  /** A query and its legend. */
  record Query(String expr, String legend) {}

  /** A threshold step: from {@code value} upwards the colour is {@code color}. */
  record Step(BigDecimal value, String color) {}

  private final String type;
  private final String title;
  private final List<Query> queries = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();
  private final List<String> alerts = new ArrayList<>();
  private String description = "";
  private String unit = "short";
  private BigDecimal min;
  private BigDecimal max;
  private Integer decimals;
  private boolean thresholdLine;
  private String baseColor = "green";
  private String textMode = "auto";

  private Panel(String type, String title) {
    this.type = type;
    this.title = title;
  }

  static Panel timeseries(String title) {
    return new Panel("timeseries", title);
  }

  static Panel stat(String title) {
    return new Panel("stat", title);
  }

  static Panel gauge(String title) {
    return new Panel("gauge", title);
  }

  String type() {
    return type;
  }

  List<Query> queries() {
    return List.copyOf(queries);
  }

  Panel query(String expr, String legend) {
    queries.add(new Query(expr, legend));
    return this;
  }

  Panel description(String text) {
    description = text;
    return this;
  }

  Panel unit(String value) {
    unit = value;
    return this;
  }

  Panel range(BigDecimal low, BigDecimal high) {
    min = low;
    max = high;
    return this;
  }

  Panel decimals(int value) {
    decimals = value;
    return this;
  }

  /** The colour below the first step. */
  Panel baseColor(String color) {
    baseColor = color;
    return this;
  }

  Panel step(BigDecimal value, String color) {
    steps.add(new Step(value, color));
    return this;
  }

  /** A stat shows its series' names (legends) instead of values: for state such as a phase. */
  Panel showNames() {
    textMode = "name";
    return this;
  }

  /** The alerts about what this panel shows: the panel links to their runbook sections. */
  Panel alerts(String... names) {
    alerts.addAll(List.of(names));
    return this;
  }

  List<String> alerts() {
    return List.copyOf(alerts);
  }

  /** Draw the threshold steps as lines on a time series (objective, limit, ceiling). */
  Panel thresholdLines() {
    thresholdLine = true;
    return this;
  }

  /**
   * The panel at its place on the grid.
   *
   * @param links the panel's links, such as the runbook sections of its {@link #alerts()}
   */
  ObjectNode toJson(int id, int x, int y, int w, int h, ArrayNode links) {
    ObjectNode panel = Serialization.object();
    panel.put("id", id);
    panel.put("type", type);
    panel.put("title", title);
    if (!description.isEmpty()) {
      panel.put("description", description);
    }
    ObjectNode grid = panel.putObject("gridPos");
    grid.put("h", h);
    grid.put("w", w);
    grid.put("x", x);
    grid.put("y", y);
    panel.set("datasource", DashboardFile.datasource());
    if (!links.isEmpty()) {
      panel.set("links", links);
    }

    ObjectNode fieldConfig = panel.putObject("fieldConfig");
    ObjectNode defaults = fieldConfig.putObject("defaults");
    defaults.put("unit", unit);
    if (min != null) {
      defaults.put("min", min);
    }
    if (max != null) {
      defaults.put("max", max);
    }
    if (decimals != null) {
      defaults.put("decimals", decimals);
    }
    defaults
        .putObject("color")
        .put("mode", type.equals("timeseries") ? "palette-classic" : "thresholds");
    ObjectNode thresholds = defaults.putObject("thresholds");
    thresholds.put("mode", "absolute");
    ArrayNode stepNodes = thresholds.putArray("steps");
    ObjectNode base = stepNodes.addObject();
    base.put("color", baseColor);
    base.putNull("value");
    for (Step step : steps) {
      ObjectNode node = stepNodes.addObject();
      node.put("color", step.color());
      node.put("value", step.value());
    }
    if (type.equals("timeseries")) {
      ObjectNode custom = defaults.putObject("custom");
      custom.put("drawStyle", "line");
      custom.put("lineWidth", 1);
      custom.put("fillOpacity", 10);
      custom.put("showPoints", "never");
      custom.putObject("thresholdsStyle").put("mode", thresholdLine ? "line" : "off");
    }
    fieldConfig.putArray("overrides");
    panel.set("options", options());

    ArrayNode targets = panel.putArray("targets");
    char refId = 'A';
    for (Query query : queries) {
      ObjectNode target = targets.addObject();
      target.put("refId", String.valueOf(refId++));
      target.set("datasource", DashboardFile.datasource());
      target.put("expr", query.expr());
      target.put("legendFormat", query.legend());
      target.put("range", true);
    }
    return panel;
  }

  private ObjectNode options() {
    ObjectNode options = Serialization.object();
    if (type.equals("timeseries")) {
      ObjectNode legend = options.putObject("legend");
      legend.put("displayMode", "list");
      legend.put("placement", "bottom");
      legend.put("showLegend", true);
      ObjectNode tooltip = options.putObject("tooltip");
      tooltip.put("mode", "multi");
      tooltip.put("sort", "desc");
      return options;
    }
    ObjectNode reduce = options.putObject("reduceOptions");
    reduce.putArray("calcs").add("lastNotNull");
    reduce.put("fields", "");
    reduce.put("values", false);
    options.put("orientation", "auto");
    if (type.equals("stat")) {
      options.put("colorMode", "value");
      options.put("graphMode", "area");
      options.put("justifyMode", "auto");
      options.put("textMode", textMode);
    } else {
      options.put("showThresholdLabels", false);
      options.put("showThresholdMarkers", true);
    }
    return options;
  }
}
