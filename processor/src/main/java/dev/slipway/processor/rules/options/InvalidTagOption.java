package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.ImageReference;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-OPT-007: {@code slipway.tag} is an image tag. */
public final class InvalidTagOption extends OptionRule {

  public InvalidTagOption() {
    super(
        "SLW-OPT-007",
        Severity.ERROR,
        "-Aslipway.tag is an image tag",
        "The tag replaces the one in every image; one Docker rejects (a space, a '/', a Maven"
            + " property left unresolved) would make every image reference invalid.",
        "Pass a tag of letters, digits, '_', '.' and '-', e.g. -Aslipway.tag=${project.version}.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    if (options.tag().isEmpty()) {
      return Stream.empty();
    }
    Optional<String> problem = ImageReference.tagProblem(options.tag());
    if (problem.isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            written(options, Options.TAG)
                + " "
                + problem.get()
                + "; pass the version to deploy, e.g. -Aslipway.tag=1.5.0"));
  }
}
