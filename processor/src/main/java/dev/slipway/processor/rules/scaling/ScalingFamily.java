package dev.slipway.processor.rules.scaling;

import dev.slipway.processor.rules.Family;

/** SLW-SCL-*: replicas and the autoscaler, {@code @Scaling}. */
public final class ScalingFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "SCL",
          "Scaling (@Scaling)",
          new MinReplicasBelowOne(),
          new MinAboveMax(),
          new UtilizationOutOfRange(),
          new AutoscalingWithoutTarget(),
          new UtilizationWithoutRequest(),
          new SingleReplica(),
          new IgnoredUtilization());

  private ScalingFamily() {}
}
