package dev.slipway.processor.emit.grafana;

import java.util.List;

/**
 * One row of the dashboard's grid: panels side by side, sharing a height, their widths adding up to
 * Grafana's 24 columns.
 */
record Row(int height, List<Panel> panels, List<Integer> widths) {

  static final int GRID_COLUMNS = 24;

  Row {
    panels = List.copyOf(panels);
    widths = List.copyOf(widths);
    if (panels.size() != widths.size()
        || widths.stream().mapToInt(Integer::intValue).sum() != GRID_COLUMNS) {
      throw new IllegalArgumentException("a row's widths must fill " + GRID_COLUMNS + " columns");
    }
  }

  /** Two panels of half the width each. */
  static Row halves(int height, Panel left, Panel right) {
    return new Row(height, List.of(left, right), List.of(12, 12));
  }
}
