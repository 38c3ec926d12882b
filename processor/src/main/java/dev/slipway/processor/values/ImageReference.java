package dev.slipway.processor.values;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A container image reference, parsed by the grammar of the distribution/reference library that
 * Docker and containerd use: {@code [domain[:port]/]path[:tag][@algorithm:hex]}. The first path
 * component is a domain only when it contains a '.' or ':' or is {@code localhost}, so {@code
 * registry:5000/app} is domain {@code registry:5000}, path {@code app} and no tag.
 *
 * @param domain the registry, or empty for Docker Hub
 * @param path the repository path, for example {@code acme/orders}
 * @param tag the tag, or empty
 * @param digest the digest such as {@code sha256:...}, or empty
 */
public record ImageReference(String domain, String path, String tag, String digest) {

  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final Pattern PATH = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
              + "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}");
  private static final Pattern SHA256 = Pattern.compile("sha256:[a-f0-9]{64}");
  private static final int MAX_NAME_LENGTH = 255;

  /**
   * No valid reference is longer (a 255-character name, a 128-character tag, a sha512 digest);
   * longer text is refused before any pattern runs, whose repeated groups would otherwise recurse
   * once per component and overflow javac's stack on a hostile value.
   */
  private static final int MAX_REFERENCE_LENGTH = 512;

  /** Tags that are pushed again and again: {@code latest}, branch and channel names. */
  private static final Set<String> MOVING_TAGS =
      Set.of(
          "latest",
          "main",
          "master",
          "dev",
          "develop",
          "stable",
          "edge",
          "nightly",
          "snapshot",
          "head",
          "trunk");

  /**
   * What is wrong with {@code tag} as an image tag (the distribution/reference grammar, which
   * Docker, containerd and kustomize's {@code newTag} follow), or empty when it is one.
   */
  public static Optional<String> tagProblem(String tag) {
    return TAG.matcher(tag).matches()
        ? Optional.empty()
        : Optional.of(
            "is not an image tag: letters, digits, '_', '.' and '-', starting with a letter, digit"
                + " or '_', at most 128 characters");
  }

  /** Parses {@code text}, or returns empty when it is not a valid reference. */
  public static Optional<ImageReference> parse(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_REFERENCE_LENGTH) {
      return Optional.empty();
    }
    String rest = text;
    String digest = "";
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
      if (!DIGEST.matcher(digest).matches()
          || (digest.startsWith("sha256:") && !SHA256.matcher(digest).matches())) {
        return Optional.empty();
      }
    }
    String tag = "";
    int lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/')) {
      tag = rest.substring(lastColon + 1);
      rest = rest.substring(0, lastColon);
      if (!TAG.matcher(tag).matches()) {
        return Optional.empty();
      }
    }
    String domain = "";
    String path = rest;
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        domain = first;
        path = rest.substring(slash + 1);
        if (!DOMAIN.matcher(domain).matches()) {
          return Optional.empty();
        }
      }
    }
    if (!PATH.matcher(path).matches() || rest.length() > MAX_NAME_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(new ImageReference(domain, path, tag, digest));
  }

  /** The name without tag and digest: {@code domain/path}, as kustomize's {@code images.name}. */
  public String name() {
    return domain.isEmpty() ? path : domain + "/" + path;
  }

  /**
   * Whether the tag moves to new images over time ({@code latest}, {@code main}, {@code
   * 1.0-SNAPSHOT}...), so a node's cached copy may be stale. A digest never moves.
   */
  public boolean hasMovingTag() {
    String lower = tag.toLowerCase(Locale.ROOT);
    return digest.isEmpty() && (MOVING_TAGS.contains(lower) || lower.endsWith("-snapshot"));
  }

  public ImageReference withTag(String newTag) {
    return new ImageReference(domain, path, newTag, "");
  }

  @Override
  public String toString() {
    return name() + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
  }
}
