package dev.slipway.processor.plan;

import dev.slipway.processor.model.Options;
import java.util.ArrayList;
import java.util.List;

/**
 * One deployment environment from {@code -Aslipway.environments}. The last one listed is production
 * and runs exactly what the annotations say; with two or more, the first is for development (one
 * replica) and any in between are pre-production (at most two replicas).
 */
public record Environment(String name, Tier tier) {

  /**
   * The label that says which environment an object, or an alert, belongs to: on every object of an
   * overlay, and on every alert, so that Alertmanager can route on it.
   */
  public static final String LABEL = "environment";

  /** How much of the annotated capacity an environment runs. */
  public enum Tier {
    DEVELOPMENT(1),
    STAGING(2),
    PRODUCTION(Integer.MAX_VALUE);

    private final int replicaCeiling;

    Tier(int replicaCeiling) {
      this.replicaCeiling = replicaCeiling;
    }

    /** The replica floor of this tier for a service annotated with {@code annotated} replicas. */
    public int replicas(int annotated) {
      return Math.min(annotated, replicaCeiling);
    }
  }

  /** The environments of a compile, in the order given. */
  public static List<Environment> all(Options options) {
    List<String> names = options.environments();
    List<Environment> environments = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Tier tier =
          i == names.size() - 1 ? Tier.PRODUCTION : i == 0 ? Tier.DEVELOPMENT : Tier.STAGING;
      environments.add(new Environment(names.get(i), tier));
    }
    return environments;
  }
}
