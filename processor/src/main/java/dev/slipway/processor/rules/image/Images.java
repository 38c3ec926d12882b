package dev.slipway.processor.rules.image;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.values.EffectiveImage;

/** How image findings name the image and where it came from. */
final class Images {

  private Images() {}

  static String describe(EffectiveImage image, ServiceModel service, Options options) {
    return switch (image.source()) {
      case ANNOTATION -> Describe.attribute("Service", "image", image.reference());
      case ANNOTATION_WITH_TAG_OPTION ->
          Describe.attribute("Service", "image", service.image().value())
              + " with -A"
              + Options.TAG
              + "="
              + options.tag()
              + " gives "
              + Describe.literal(image.reference())
              + ", which";
      case OPTIONS ->
          "the image "
              + Describe.literal(image.reference())
              + " built from -A"
              + Options.REGISTRY
              + (options.tag().isEmpty() ? "" : " and -A" + Options.TAG);
    };
  }
}
