package dev.slipway.processor.plan;

import java.util.Optional;

/** {@code @Expose}: the production host and path, the TLS Secret and the IngressClass. */
public record ExposePlan(
    String host, String path, Optional<String> tlsSecret, Optional<String> ingressClass) {}
