package com.acme.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Customers of the orders service, on loopback: each round creates an order (which orders pays
 * through payments) and reads it back. Bounded by a deadline and a request count; stops on close.
 */
final class Traffic implements AutoCloseable {

  private static final int MAX_REQUESTS = 20_000;
  private static final Pattern ORDER_ID = Pattern.compile("\"order\":(\\d+)");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI orders;
  private final long deadline;
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private final Thread thread;
  private volatile boolean running = true;

  private Traffic(URI orders, Duration maxDuration) {
    this.orders = orders;
    this.deadline = System.nanoTime() + maxDuration.toNanos();
    this.thread = new Thread(this::run, "traffic");
    this.thread.setDaemon(true);
  }

  static Traffic start(int ordersPort, Duration maxDuration) {
    Traffic traffic = new Traffic(URI.create("http://127.0.0.1:" + ordersPort), maxDuration);
    traffic.thread.start();
    return traffic;
  }

  int sent() {
    return sent.get();
  }

  int serverErrors() {
    return serverErrors.get();
  }

  private void run() {
    while (running && System.nanoTime() < deadline && sent.get() < MAX_REQUESTS) {
      HttpResponse<String> created =
          send(
              HttpRequest.newBuilder(orders.resolve("/orders?amount=1999"))
                  .POST(HttpRequest.BodyPublishers.noBody()));
      Matcher id = ORDER_ID.matcher(created == null ? "" : created.body());
      send(
          HttpRequest.newBuilder(orders.resolve("/orders/" + (id.find() ? id.group(1) : "0")))
              .GET());
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    sent.incrementAndGet();
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 500) {
        serverErrors.incrementAndGet();
      }
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return null;
    } catch (java.io.IOException e) {
      return null; // a refused or timed-out request: the metrics tell the story
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the test is being stopped: stop waiting, keep the flag
    }
  }
}
