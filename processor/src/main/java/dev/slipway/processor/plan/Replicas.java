package dev.slipway.processor.plan;

/**
 * How many pods a service runs: {@code @Scaling}, or a fixed {@link #DEFAULT} without it.
 *
 * @param min the replica count, or the autoscaler's floor
 * @param max the autoscaler's ceiling; equal to {@code min} for a fixed count
 * @param cpuUtilization the autoscaler's CPU target in percent of the request, 0 for none
 * @param memoryUtilization the autoscaler's memory target in percent of the request, 0 for none
 */
public record Replicas(int min, int max, int cpuUtilization, int memoryUtilization) {

  /** Replicas of a service without {@code @Scaling}: two, so one node drain never empties it. */
  public static final int DEFAULT = 2;

  public static final Replicas FIXED_DEFAULT = new Replicas(DEFAULT, DEFAULT, 0, 0);

  /** True when a HorizontalPodAutoscaler owns the replica count. */
  public boolean autoscaled() {
    return max > min;
  }
}
