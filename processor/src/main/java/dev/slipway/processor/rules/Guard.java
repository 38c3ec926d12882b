package dev.slipway.processor.rules;

/**
 * What a rule guards, which decides whether {@code @Waive} may switch it off and whether it applies
 * to the environments before production. The two are not independent choices: a value that would
 * not work can be neither waived nor skipped anywhere, and only readiness can be.
 */
public enum Guard {

  /**
   * A value that would not work: Kubernetes, Argo Rollouts or Prometheus would reject it, Slipway
   * cannot represent it, or a waiver cannot apply. Never waivable, checked in every environment.
   * The default, so that a rule nobody thought about stays strict.
   */
  VALIDITY(false, false),

  /**
   * Production readiness that matters wherever the service runs: waivable with a reason, checked in
   * every environment.
   */
  READINESS(true, false),

  /**
   * Production readiness that only matters in production (a single replica, a moving image tag):
   * waivable with a reason, and checked on the production environment only.
   */
  PRODUCTION_READINESS(true, true);

  private final boolean waivable;
  private final boolean productionOnly;

  Guard(boolean waivable, boolean productionOnly) {
    this.waivable = waivable;
    this.productionOnly = productionOnly;
  }

  public boolean waivable() {
    return waivable;
  }

  public boolean productionOnly() {
    return productionOnly;
  }
}
