package dev.slipway.processor.rules.image;

import dev.slipway.processor.rules.Family;

/** SLW-IMG-*: the image to deploy, {@code @Service(image)} or the registry options. */
public final class ImageFamily {

  /** In id order. */
  public static final Family FAMILY =
      new Family(
          "IMG",
          "Image (@Service(image))",
          new InvalidImageReference(),
          new ImageWithoutTag(),
          new LatestTag(),
          new MovingTag(),
          new NoImage());

  private ImageFamily() {}
}
