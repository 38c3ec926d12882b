package dev.slipway.processor.values;

import java.time.Duration;
import java.util.Optional;

/**
 * A duration attribute, parsed once: its value, and its text as the user wrote it, which is how
 * messages, alerts and runbooks quote it ({@code "90s"} stays {@code 90s}, not {@code 1m30s}).
 *
 * @param text the attribute as written, for example {@code 300ms}
 * @param duration its value
 */
public record TimeSpan(String text, Duration duration) {

  /** The span, or empty when {@code text} is not a valid {@link Durations duration}. */
  public static Optional<TimeSpan> parse(String text) {
    return Durations.parse(text).map(d -> new TimeSpan(text, d));
  }

  /** Whole seconds, rounded up: Kubernetes counts probe, grace and delay times in seconds. */
  public long secondsRoundedUp() {
    return (duration.toMillis() + 999) / 1000;
  }

  @Override
  public String toString() {
    return text;
  }
}
