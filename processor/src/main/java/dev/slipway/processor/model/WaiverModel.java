package dev.slipway.processor.model;

/** One {@code @Waive}. */
public record WaiverModel(Origin origin, Located<String> rule, Located<String> reason) {}
