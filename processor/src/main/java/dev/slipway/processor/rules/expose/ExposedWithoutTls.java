package dev.slipway.processor.rules.expose;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ExposeModel;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.stream.Stream;

/**
 * SLW-EXP-003: a service exposed outside the cluster through an Ingress is served over TLS. Through
 * a Gateway TLS is the listener's: the route attaches to {@code @Expose(listener)}, the HTTPS
 * listener the platform runs with the certificate, which the compile cannot see.
 */
public final class ExposedWithoutTls extends ServiceRule {

  public ExposedWithoutTls() {
    super(
        "SLW-EXP-003",
        Severity.ERROR,
        Guard.READINESS,
        "A service exposed through an Ingress has a TLS secret",
        "Without TLS, requests and credentials cross the internet in clear text (Polaris"
            + " tlsSettingsMissing).",
        "Set @Expose(tlsSecret) to the Secret holding the host's certificate. (Through a Gateway,"
            + " the default, the route attaches to the HTTPS listener named by @Expose(listener).)");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.expose().isEmpty()) {
      return Stream.empty();
    }
    ExposeModel expose = service.expose().get();
    if (expose.throughGateway() || !expose.tlsSecret().value().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            expose.tlsSecret().origin(),
            Describe.attribute("Expose", "host", expose.host().value())
                + " has no tlsSecret, so it would be served over plain HTTP; set"
                + " tlsSecret to the Secret holding its certificate, e.g. tlsSecret = \""
                + service.serviceName()
                + "-tls\""));
  }
}
