package dev.slipway.processor.model;

import java.util.List;

/** {@code @Backlog}: the gauge a worker consumes from, and when it is too deep. */
public record BacklogModel(
    Origin origin,
    Located<String> metric,
    Located<List<Located<String>>> labels,
    Located<Long> threshold,
    Located<String> duration) {}
