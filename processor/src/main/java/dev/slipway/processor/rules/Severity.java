package dev.slipway.processor.rules;

/** How a finding affects the build. */
public enum Severity {
  /** Fails the build. */
  ERROR,
  /** Printed; fails the build only with {@code -Aslipway.strict=true}. */
  WARNING
}
