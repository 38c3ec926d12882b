package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import java.util.Set;
import java.util.stream.Stream;

/** SLW-OPT-004: {@code slipway.profile} is {@code production} or {@code dev}. */
public final class UnknownProfile extends OptionRule {

  private static final Set<String> PROFILES =
      Set.of(Options.PRODUCTION_PROFILE, Options.DEV_PROFILE);

  public UnknownProfile() {
    super(
        "SLW-OPT-004",
        Severity.ERROR,
        "-Aslipway.profile is production or dev",
        "A misspelt profile such as 'develop' must neither relax a production build nor leave a"
            + " developer wondering why the dev profile does not apply.",
        "Write -Aslipway.profile=dev to skip the production-only rules, or production (the"
            + " default) to apply every rule.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    if (!options.isWritten(Options.PROFILE)
        || options.written().get(Options.PROFILE) == null // SLW-OPT-002
        || PROFILES.contains(options.profile())) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            written(options, Options.PROFILE)
                + " is not a profile; write -Aslipway.profile=dev to skip the production-only"
                + " rules, or -Aslipway.profile=production (the default) to apply every rule"));
  }
}
