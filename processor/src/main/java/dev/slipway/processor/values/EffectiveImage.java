package dev.slipway.processor.values;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import java.util.Optional;

/**
 * The image a service deploys: {@code @Service(image)} with its tag replaced by {@code
 * -Aslipway.tag} when that is set, or {@code <slipway.registry>/<name>[:<slipway.tag>]} when the
 * annotation leaves the image empty. An image pinned by digest stays as written: the tag option
 * must not silently unpin it.
 *
 * @param reference the reference text, which may be invalid (the rules say why)
 */
public record EffectiveImage(String reference, Source source) {

  /** Where the reference came from. */
  public enum Source {
    /** {@code @Service(image)} as written. */
    ANNOTATION,
    /** {@code @Service(image)} with the tag from {@code -Aslipway.tag}. */
    ANNOTATION_WITH_TAG_OPTION,
    /** {@code -Aslipway.registry}, the service name and {@code -Aslipway.tag}. */
    OPTIONS
  }

  /** The service's image, or empty when it has none: no image and no registry option. */
  public static Optional<EffectiveImage> of(ServiceModel service, Options options) {
    String written = service.image().value();
    String tag = options.tag();
    if (written.isEmpty()) {
      return options.registry().isEmpty()
          ? Optional.empty()
          : Optional.of(
              new EffectiveImage(
                  options.registry()
                      + "/"
                      + service.serviceName()
                      + (tag.isEmpty() ? "" : ":" + tag),
                  Source.OPTIONS));
    }
    if (tag.isEmpty()) {
      return Optional.of(new EffectiveImage(written, Source.ANNOTATION));
    }
    // A digest, or a reference that does not parse (so that its own error is reported), stays as
    // written.
    return Optional.of(
        ImageReference.parse(written)
            .filter(parsed -> parsed.digest().isEmpty())
            .map(
                parsed ->
                    new EffectiveImage(
                        parsed.name() + ":" + tag, Source.ANNOTATION_WITH_TAG_OPTION))
            .orElse(new EffectiveImage(written, Source.ANNOTATION)));
  }

  public Optional<ImageReference> parsed() {
    return ImageReference.parse(reference);
  }
}
