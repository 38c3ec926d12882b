package dev.slipway.processor.plan;

/**
 * One container environment variable from {@code @Env}.
 *
 * @param value the literal value, or the Secret's or ConfigMap's name
 * @param key the key inside the Secret or ConfigMap (the variable's name when not written); empty
 *     for a literal
 */
public record EnvVar(String name, Source source, String value, String key) {

  /** Where the value comes from. */
  public enum Source {
    LITERAL,
    SECRET,
    CONFIG_MAP
  }
}
