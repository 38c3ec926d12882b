package dev.slipway.runtime;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;

/**
 * Counts the exchanges being handled, so a shutdown can stop the server as soon as the last one is
 * done rather than always waiting out {@code HttpServer.stop}'s whole delay.
 */
final class InFlightRequests extends Filter {

  private int inFlight;

  @Override
  public String description() {
    return "in-flight request count";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    synchronized (this) {
      inFlight++;
    }
    try {
      chain.doFilter(exchange);
    } finally {
      synchronized (this) {
        inFlight--;
        notifyAll();
      }
    }
  }

  /** The exchanges being handled now. */
  synchronized int count() {
    return inFlight;
  }

  /** Waits until no exchange is in flight or {@code timeout} passed; true when idle. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
