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
 * SLW-IMG-002: the image is pinned by a tag or digest. Parsed properly: in {@code
 * registry.local:5000/orders} the {@code :5000} is the registry's port, not a tag.
 */
public final class ImageWithoutTag extends ServiceRule {

  public ImageWithoutTag() {
    super(
        "SLW-IMG-002",
        Severity.ERROR,
        Guard.PRODUCTION_READINESS,
        "The image has a tag or a digest",
        "Without a tag every pull gets whatever 'latest' is at that moment: nodes run different"
            + " versions and a rollback redeploys the same unknown image (Polaris tagNotSpecified,"
            + " kube-score container-image-tag).",
        "Add a version tag or a digest, or pass -Aslipway.tag=${project.version}.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Optional<EffectiveImage> image = EffectiveImage.of(service, compilation.options());
    Optional<ImageReference> parsed = image.isEmpty() ? Optional.empty() : image.get().parsed();
    if (parsed.isEmpty()) {
      return Stream.empty();
    }
    ImageReference r = parsed.get();
    if (!r.tag().isEmpty() || !r.digest().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.image().origin(),
            Images.describe(image.get(), service, compilation.options())
                + " has no tag or digest, so every pull may get a different image; add a"
                + " version tag (\""
                + image.get().reference()
                + ":1.4.2\") or a digest, or pass -Aslipway.tag=<version>"));
  }
}
