package dev.slipway.processor.model;

/** {@code @Scaling}. */
public record ScalingModel(
    Origin origin,
    Located<Integer> min,
    Located<Integer> max,
    Located<Integer> cpuUtilization,
    Located<Integer> memoryUtilization) {

  public boolean autoscales() {
    return max.value() > min.value();
  }
}
