package dev.slipway.processor.model;

import java.util.List;

/**
 * One annotation attribute: its value, where it came from, and whether the user wrote it ({@code
 * explicit}) or it is the annotation's default.
 *
 * @param environment the environment whose {@code @Environment} override this value is; empty for a
 *     value of the base annotations
 */
public record Located<T>(T value, Origin origin, boolean explicit, String environment) {

  /** A value of the base annotations. */
  public Located(T value, Origin origin, boolean explicit) {
    this(value, origin, explicit, "");
  }

  /** A value written by the user, without a source position; for models built in tests. */
  public static <T> Located<T> of(T value) {
    return new Located<>(value, Origin.NONE, true);
  }

  /**
   * This attribute if the user wrote it, else {@code value} in its place: a default that depends on
   * more than the annotation (the framework, the application's configuration), pointing where the
   * annotation's own default pointed.
   */
  public Located<T> orDefault(T value) {
    return explicit ? this : new Located<>(value, origin, false, environment);
  }

  /** This value as the override of {@code environment}'s {@code @Environment}. */
  public Located<T> in(String environment) {
    return new Located<>(value, origin, explicit, environment);
  }

  /** The values of a list of located values, located where the list is. */
  public static <T> Located<List<T>> values(Located<List<Located<T>>> list) {
    return list.as(list.value().stream().map(Located::value).toList());
  }

  /** This attribute's value as {@code value}, from the same place: a value derived from it. */
  public <U> Located<U> as(U value) {
    return new Located<>(value, origin, explicit, environment);
  }
}
