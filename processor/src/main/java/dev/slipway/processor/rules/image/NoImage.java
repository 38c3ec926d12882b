package dev.slipway.processor.rules.image;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.EffectiveImage;
import java.util.stream.Stream;

/**
 * SLW-IMG-005: there is an image to deploy: in {@code @Service(image)} or from the registry option.
 */
public final class NoImage extends ServiceRule {

  public NoImage() {
    super(
        "SLW-IMG-005",
        Severity.ERROR,
        "The service has an image",
        "Without @Service(image) and without -Aslipway.registry there is nothing to deploy.",
        "Set @Service(image = \"registry/repository:tag\"), or pass -Aslipway.registry (and"
            + " -Aslipway.tag) to the compiler.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (EffectiveImage.of(service, compilation.options()).isPresent()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            service.image().origin(),
            "@Service(image) is empty and -A"
                + Options.REGISTRY
                + " is not set, so there is no image to deploy; set image = \"registry/"
                + service.serviceName()
                + ":<version>\" or pass -A"
                + Options.REGISTRY
                + "=<registry/path>"));
  }
}
