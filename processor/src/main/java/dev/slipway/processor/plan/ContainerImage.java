package dev.slipway.processor.plan;

import dev.slipway.processor.values.ImageReference;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The image a service runs, after the processor options are applied: {@code @Service(image)}, or
 * {@code <slipway.registry>/<name>:<slipway.tag>} when it is empty; a {@code -Aslipway.tag}
 * replaces a written tag, but never a digest, which pins the exact image and wins.
 */
public record ContainerImage(ImageReference reference) {

  private static final Pattern LABEL_VALUE =
      Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

  /** This image with another tag; a digest-pinned image is kept as it is. */
  public ContainerImage withTag(String tag) {
    return reference.digest().isEmpty() ? new ContainerImage(reference.withTag(tag)) : this;
  }

  /**
   * {@code IfNotPresent} for a digest or an immutable tag: the node's cached copy is the same
   * image, and a registry outage then cannot stop pods from restarting. {@code Always} for a moving
   * tag such as {@code main} or {@code 1.0-SNAPSHOT}, whose cached copy may be stale.
   */
  public String pullPolicy() {
    return reference.hasMovingTag() ? "Always" : "IfNotPresent";
  }

  /** The tag as an {@code app.kubernetes.io/version} label value, when it is a valid one. */
  public Optional<String> version() {
    return Optional.of(reference.tag()).filter(t -> LABEL_VALUE.matcher(t).matches());
  }

  @Override
  public String toString() {
    return reference.toString();
  }
}
