package dev.slipway.processor.emit.alerts;

import java.time.Duration;

/** Numbers and durations of the alert rules as the alerts' and runbooks' sentences say them. */
final class Prose {

  private Prose() {}

  /** {@code 15 minutes}, {@code 1 minute}: an alert's {@code for} or a query range, in words. */
  static String minutes(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }

  /** {@code 15m}: the same duration as a Prometheus duration. */
  static String prometheus(Duration duration) {
    return duration.toMinutes() + "m";
  }

  /** {@code once}, {@code twice}, {@code 3 times}. */
  static String times(int count) {
    return switch (count) {
      case 1 -> "once";
      case 2 -> "twice";
      default -> count + " times";
    };
  }
}
