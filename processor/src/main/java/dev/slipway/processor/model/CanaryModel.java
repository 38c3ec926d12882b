package dev.slipway.processor.model;

import java.util.List;

/**
 * {@code @Canary}. {@code steps} keeps each weight's own origin.
 *
 * @param position the annotation's place among the class's annotations, in source order, so that a
 *     conflict with {@code @BlueGreen} is reported on whichever of the two comes second
 */
public record CanaryModel(
    Origin origin,
    int position,
    Located<List<Located<Integer>>> steps,
    Located<String> pause,
    Located<Double> maxErrorRate,
    Located<String> maxLatencyP99,
    Located<Boolean> manualGate,
    Located<String> header,
    Located<String> headerValue) {

  /** The steps' values, located where the list is. */
  public Located<List<Integer>> stepValues() {
    return Located.values(steps);
  }
}
