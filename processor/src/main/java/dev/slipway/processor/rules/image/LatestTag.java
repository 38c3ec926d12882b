package dev.slipway.processor.rules.image;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.EffectiveImage;
import dev.slipway.processor.values.ImageReference;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-IMG-003: the image tag is not {@code latest} (in any case), unless a digest pins it. */
public final class LatestTag extends ServiceRule {

  public LatestTag() {
    super(
        "SLW-IMG-003",
        Severity.ERROR,
        Guard.PRODUCTION_READINESS,
        "The image tag is not 'latest'",
        "'latest' moves with every push: what runs is not what was tested, and a rollback cannot"
            + " go back (Polaris, kube-score, kube-linter latest-tag).",
        "Use an immutable version tag such as \"1.4.2\", or a digest.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Optional<EffectiveImage> image = EffectiveImage.of(service, compilation.options());
    Optional<ImageReference> parsed = image.isEmpty() ? Optional.empty() : image.get().parsed();
    if (parsed.isEmpty()) {
      return Stream.empty();
    }
    ImageReference r = parsed.get();
    if (!r.digest().isEmpty() || !r.tag().toLowerCase(Locale.ROOT).equals("latest")) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.image().origin(),
            Images.describe(image.get(), service, compilation.options())
                + " uses the tag \"latest\", which moves with every push and makes"
                + " rollbacks impossible; use an immutable version tag or a digest"));
  }
}
