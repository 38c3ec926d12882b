package dev.slipway.processor.model;

/** {@code @Resources}: quantities as written; an empty limit means none. */
public record ResourcesModel(
    Origin origin,
    Located<String> cpu,
    Located<String> memory,
    Located<String> cpuLimit,
    Located<String> memoryLimit) {}
