package dev.slipway.processor.model;

/** One {@code @Env}; empty strings mean "not set". */
public record EnvModel(
    Origin origin,
    Located<String> name,
    Located<String> value,
    Located<String> secret,
    Located<String> configMap,
    Located<String> key) {

  /** The key inside the Secret or ConfigMap: {@code key}, or the variable name when unset. */
  public String effectiveKey() {
    return key.value().isEmpty() ? name.value() : key.value();
  }
}
