package dev.slipway.processor.rules.image;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.EffectiveImage;
import dev.slipway.processor.values.ImageReference;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-IMG-004: the image tag is not a branch or channel name that moves ({@code main}, {@code
 * -SNAPSHOT}...).
 */
public final class MovingTag extends ServiceRule {

  public MovingTag() {
    super(
        "SLW-IMG-004",
        Severity.WARNING,
        Guard.PRODUCTION_READINESS,
        "The image tag is not a moving branch or channel tag",
        "Tags such as 'main', 'stable' or '1.0-SNAPSHOT' are pushed again and again, with the same"
            + " problems as 'latest'.",
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
    if (!r.hasMovingTag() || r.tag().equalsIgnoreCase("latest")) { // SLW-IMG-003
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.image().origin(),
            Images.describe(image.get(), service, compilation.options())
                + " uses the tag \""
                + r.tag()
                + "\", which is pushed again and again; use an immutable"
                + " version tag or a digest"));
  }
}
