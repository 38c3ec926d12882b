package dev.slipway.processor.model;

import java.util.List;

/** One {@code @Egress}; empty strings mean "not set". */
public record EgressModel(
    Origin origin,
    Located<String> host,
    Located<String> cidr,
    Located<String> namespace,
    Located<List<Located<Integer>>> ports) {}
