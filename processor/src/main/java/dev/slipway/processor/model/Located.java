package dev.slipway.processor.model;

/**
 * One annotation attribute: its value, where it came from, and whether the user wrote it ({@code
 * explicit}) or it is the annotation's default.
 */
public record Located<T>(T value, Origin origin, boolean explicit) {

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
    return explicit ? this : new Located<>(value, origin, false);
  }
}
