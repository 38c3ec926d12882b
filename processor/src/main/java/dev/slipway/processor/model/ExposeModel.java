package dev.slipway.processor.model;

/** {@code @Expose}: public exposure through an Ingress; empty strings mean "not set". */
public record ExposeModel(
    Origin origin,
    Located<String> host,
    Located<String> path,
    Located<String> tlsSecret,
    Located<String> ingressClass) {}
