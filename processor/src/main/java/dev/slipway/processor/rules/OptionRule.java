package dev.slipway.processor.rules;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.Origin;
import java.util.stream.Stream;

/**
 * A rule about the processor options alone, checked once per compile before any annotation is read.
 * Its findings have no place in the source: the processor reports them without an element, and each
 * names the option as written. Option rules guard validity: never waivable.
 */
public abstract class OptionRule extends Rule {

  protected OptionRule(String id, Severity severity, String title, String reason, String fix) {
    super(id, severity, title, reason, fix);
  }

  /** Findings for {@code options}; empty when they are fine. */
  public abstract Stream<Finding> check(Options options);

  /** A finding without a source position. */
  protected final Finding finding(String message) {
    return finding(Origin.NONE, message);
  }

  /** The option as written, {@code -Aslipway.tag=1.5 0}. */
  protected static String written(Options options, String option) {
    return Describe.option(option, options.written().get(option));
  }
}
