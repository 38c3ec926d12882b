package dev.slipway.processor.rules.image;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.EffectiveImage;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-IMG-001: the image is a valid reference by the distribution/reference grammar. */
public final class InvalidImageReference extends ServiceRule {

  public InvalidImageReference() {
    super(
        "SLW-IMG-001",
        Severity.ERROR,
        "The image is a valid image reference",
        "The kubelet cannot pull an image whose reference does not parse (uppercase repository,"
            + " spaces, a bad tag or digest), so no pod would ever start.",
        "Write [registry[:port]/]repository[:tag][@sha256:digest] with a lowercase repository,"
            + " e.g. \"ghcr.io/acme/orders:1.4.2\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Optional<EffectiveImage> effective = EffectiveImage.of(service, compilation.options());
    if (effective.isEmpty() || effective.get().parsed().isPresent()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.image().origin(),
            Images.describe(effective.get(), service, compilation.options())
                + " is not a valid image reference; write"
                + " [registry[:port]/]repository[:tag][@sha256:digest] with a lowercase"
                + " repository, e.g. \"ghcr.io/acme/orders:1.4.2\""));
  }
}
