package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/**
 * SLW-OPT-013: {@code -Aslipway.profile} is retired. It relaxed the production-only rules for a
 * whole compile; they now apply to the production environment only, which is exactly the base
 * annotations, so there is nothing left for it to relax. It replaces SLW-OPT-004, which checked the
 * profile's value.
 */
public final class RetiredProfile extends OptionRule {

  public RetiredProfile() {
    super(
        "SLW-OPT-013",
        Severity.WARNING,
        "-Aslipway.profile is retired",
        "The rules that only matter in production now apply to the production environment, and"
            + " @Environment says how the others differ; an option that seems to relax a build"
            + " but no longer does would mislead.",
        "Remove -Aslipway.profile; declare what differs outside production with @Environment.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    if (!options.isWritten(Options.PROFILE)) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            written(options, Options.PROFILE)
                + " has no effect any more: rules that only matter in production apply to the"
                + " production environment, the base annotations; remove the option, and declare"
                + " what differs in other environments with @Environment"));
  }
}
