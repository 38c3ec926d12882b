package dev.slipway.processor.emit.kubernetes;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.values.ImageReference;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The image a service runs, after the processor options are applied: {@code @Service(image)},
 * or {@code <slipway.registry>/<name>:<slipway.tag>} when it is empty; a {@code -Aslipway.tag}
 * replaces a written tag, but never a digest, which pins the exact image and wins.
 */
public record ContainerImage(ImageReference reference) {

  /** Tags that usually move to new images; everything else is treated as immutable. */
  private static final Set<String> MOVING_TAGS =
      Set.of("latest", "main", "master", "dev", "develop", "stable", "edge", "nightly", "snapshot");

  private static final Pattern LABEL_VALUE =
      Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

  /** The image of {@code service} in the base (production) manifests. */
  public static ContainerImage of(ServiceModel service, Options options) {
    String written = service.image().value();
    if (written.isEmpty()) {
      String repository =
          options.registry().isEmpty()
              ? service.serviceName()
              : options.registry() + "/" + service.serviceName();
      return new ContainerImage(parse(repository).withTag(options.tag()));
    }
    ImageReference reference = parse(written);
    return new ContainerImage(
        options.tag().isEmpty() || !reference.digest().isEmpty()
            ? reference
            : reference.withTag(options.tag()));
  }

  /** This image with another tag; a digest-pinned image is kept as it is. */
  public ContainerImage withTag(String tag) {
    return reference.digest().isEmpty() ? new ContainerImage(reference.withTag(tag)) : this;
  }

  /**
   * {@code IfNotPresent} for a digest or an immutable tag: the node's cached copy is the same
   * image, and a registry outage then cannot stop pods from restarting. {@code Always} for a
   * moving tag such as {@code main} or {@code 1.0-SNAPSHOT}, whose cached copy may be stale.
   */
  public String pullPolicy() {
    String tag = reference.tag().toLowerCase(Locale.ROOT);
    boolean moving = MOVING_TAGS.contains(tag) || tag.endsWith("-snapshot");
    return reference.digest().isEmpty() && moving ? "Always" : "IfNotPresent";
  }

  /** The tag as an {@code app.kubernetes.io/version} label value, when it is a valid one. */
  public Optional<String> version() {
    return Optional.of(reference.tag()).filter(t -> LABEL_VALUE.matcher(t).matches());
  }

  @Override
  public String toString() {
    return reference.toString();
  }

  private static ImageReference parse(String text) {
    return ImageReference.parse(text)
        .orElseThrow(() -> new IllegalArgumentException("not a valid image reference: " + text));
  }
}
