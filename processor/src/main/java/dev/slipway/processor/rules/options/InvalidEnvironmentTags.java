package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.Options.EnvironmentTag;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.ImageReference;
import dev.slipway.processor.values.KubernetesNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * SLW-OPT-006: every entry of {@code slipway.environmentTags} is {@code <environment>=<tag>}, for a
 * listed environment, once, with a valid image tag. An entry that is none of these used to be
 * ignored, so that environment silently ran the production tag.
 */
public final class InvalidEnvironmentTags extends OptionRule {

  private static final String EXAMPLE_TAG = "1.5.0-rc.1";

  public InvalidEnvironmentTags() {
    super(
        "SLW-OPT-006",
        Severity.ERROR,
        "-Aslipway.environmentTags lists environment=tag entries for listed environments",
        "An entry Slipway cannot use (dev:1.5.0, a tag for an environment that is not listed, a"
            + " tag Docker rejects) would leave that environment running the production tag, or"
            + " write an overlay kustomize rejects.",
        "Write comma-separated environment=tag entries, one per listed environment, e.g."
            + " -Aslipway.environmentTags=dev=1.5.0-rc.1,staging=1.4.3.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String option = written(options, Options.ENVIRONMENT_TAGS);
    for (EnvironmentTag entry : options.environmentTags()) {
      String what = option + " has the entry " + Describe.literal(entry.entry());
      if (!entry.wellFormed()) {
        findings.add(
            finding(
                what
                    + ", which is not <environment>=<tag>; write e.g. -A"
                    + Options.ENVIRONMENT_TAGS
                    + "="
                    + suggestion(entry, options)));
      } else if (!options.environments().contains(entry.environment())) {
        findings.add(
            finding(
                what
                    + ", but "
                    + Describe.literal(entry.environment())
                    + " is not one of the environments "
                    + String.join(", ", options.environments())
                    + "; name a listed environment, or add it to -A"
                    + Options.ENVIRONMENTS));
      } else if (ImageReference.tagProblem(entry.tag()).isPresent()) {
        findings.add(
            finding(
                what
                    + ", whose tag "
                    + Describe.literal(entry.tag())
                    + " "
                    + ImageReference.tagProblem(entry.tag()).get()
                    + "; write e.g. "
                    + entry.environment()
                    + "="
                    + EXAMPLE_TAG));
      } else if (!seen.add(entry.environment())) {
        findings.add(
            finding(
                what
                    + ", but "
                    + entry.environment()
                    + " already has a tag; keep one entry per environment"));
      }
    }
    return findings.stream();
  }

  /** The entry as it was probably meant ({@code dev:1.5.0} as {@code dev=1.5.0}), always valid. */
  private static String suggestion(EnvironmentTag entry, Options options) {
    String fallbackEnvironment =
        options.environments().stream()
            .filter(e -> KubernetesNames.dns1123LabelProblem(e).isEmpty())
            .findFirst()
            .orElse("dev");
    String text = entry.entry();
    int colon = text.indexOf(':');
    Optional<String> meant =
        colon < 0
            ? Optional.empty()
            : Optional.of(
                    new EnvironmentTag(
                        text, text.substring(0, colon).trim(), text.substring(colon + 1).trim()))
                .filter(t -> options.environments().contains(t.environment()))
                .filter(t -> ImageReference.tagProblem(t.tag()).isEmpty())
                .map(t -> t.environment() + "=" + t.tag());
    return meant.orElse(fallbackEnvironment + "=" + EXAMPLE_TAG);
  }
}
