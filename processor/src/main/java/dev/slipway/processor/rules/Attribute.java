package dev.slipway.processor.rules;

import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.Origin;

/**
 * One annotation attribute as a rule reads it: its value, where it is, and how a message names it,
 * the way the user wrote it: {@code @Expose(tlsSecret = "orders-tls")}.
 *
 * @param entry the members written before this one that tell an entry of a list from the others,
 *     such as {@code name = "LOG_LEVEL"} in {@code @Env(name = "LOG_LEVEL", key = "level")}; empty
 *     for most attributes
 */
public record Attribute<T>(String annotation, String entry, String member, Located<T> located) {

  public static <T> Attribute<T> of(String annotation, String member, Located<T> located) {
    return new Attribute<>(annotation, "", member, located);
  }

  public T value() {
    return located.value();
  }

  public Origin origin() {
    return located.origin();
  }

  /**
   * {@code @Annotation(member = value)}, or {@code @Annotation(entry, member = value)}; for the
   * override of an environment, the {@code @Environment} member it was written as:
   * {@code @Environment(name = "dev", memory = "1Gi")}.
   */
  public String described() {
    if (!located.environment().isEmpty()) {
      return Describe.attribute(
          "Environment",
          "name = " + Describe.literal(located.environment()) + ", " + member,
          located.value());
    }
    String members = entry.isEmpty() ? member : entry + ", " + member;
    return Describe.attribute(annotation, members, located.value());
  }
}
