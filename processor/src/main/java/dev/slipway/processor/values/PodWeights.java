package dev.slipway.processor.values;

/**
 * The traffic share a canary step really gets from Argo Rollouts when no traffic router sets it:
 * the share of the pods behind the service's Service. For a Rollout of {@code replicas} pods at
 * {@code weight} percent, Argo runs {@code ceil(replicas × weight / 100)} canary pods and {@code
 * ceil(replicas × (100 − weight) / 100)} stable ones ({@code DesiredReplicaCountsForCanary} in Argo
 * Rollouts' {@code utils/replicaset/canary.go}, both rounded up so that neither version is left
 * without a pod), and the Service spreads requests evenly over all of them.
 *
 * @param canary the canary's pods at the step
 * @param stable the stable version's pods at the step
 */
public record PodWeights(int canary, int stable) {

  /** Replicas at which every weight in 1..99 is exact: one pod per percent. */
  public static final int ALWAYS_EXACT = 100;

  /** The pods of each version at {@code weight} percent of {@code replicas}. */
  public static PodWeights at(int replicas, int weight) {
    // integer ceilings: exact where the floating point of Go's math.Ceil is, with no rounding noise
    int canary = (replicas * weight + 99) / 100;
    int stable = (replicas * (100 - weight) + 99) / 100;
    return new PodWeights(canary, stable);
  }

  /** The canary's share of the requests, in percent. */
  public double percent() {
    return 100.0 * canary / (canary + stable);
  }

  /** The share as people read it: whole percent, or one decimal when that is not whole. */
  public String percentText() {
    double percent = percent();
    long tenths = Math.round(percent * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
  }

  /** Whether the share, rounded to a whole percent, is {@code weight}. */
  public boolean honours(int weight) {
    return Math.round(percent()) == weight;
  }

  /**
   * The fewest replicas, at least {@code from}, with which {@code weight} is honoured; at most
   * {@link #ALWAYS_EXACT}, where every weight is.
   */
  public static int replicasHonouring(int weight, int from) {
    for (int replicas = Math.max(1, from); replicas < ALWAYS_EXACT; replicas++) {
      if (at(replicas, weight).honours(weight)) {
        return replicas;
      }
    }
    return ALWAYS_EXACT;
  }
}
