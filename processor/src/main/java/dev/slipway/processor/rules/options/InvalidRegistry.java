package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.ImageReference;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-OPT-008: {@code slipway.registry} is a registry and repository path without tag or digest, so
 * that {@code <registry>/<service>:<tag>} is an image reference.
 */
public final class InvalidRegistry extends OptionRule {

  public InvalidRegistry() {
    super(
        "SLW-OPT-008",
        Severity.ERROR,
        "-Aslipway.registry is a registry and repository path",
        "Every service without @Service(image) deploys registry/name:tag; a registry with"
            + " uppercase letters, a scheme, a tag or spaces gives no valid image.",
        "Write [registry[:port]/]path in lowercase, without scheme or tag, e.g."
            + " -Aslipway.registry=ghcr.io/acme.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    String registry = options.registry();
    if (registry.isEmpty() || valid(registry)) {
      return Stream.empty();
    }
    String example =
        Optional.of(registry.toLowerCase(Locale.ROOT))
            .filter(InvalidRegistry::valid)
            .orElse("ghcr.io/acme");
    return Stream.of(
        finding(
            written(options, Options.REGISTRY)
                + " is not a registry and repository path; write [registry[:port]/]path in"
                + " lowercase, without scheme, tag or digest, e.g. -Aslipway.registry="
                + example));
  }

  static boolean valid(String registry) {
    Optional<ImageReference> parsed = ImageReference.parse(registry + "/service");
    return parsed.isPresent() && parsed.get().tag().isEmpty() && parsed.get().digest().isEmpty();
  }
}
