package com.acme.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Readers of one service on loopback: a few threads that GET the given paths in turn. Bounded by a
 * deadline and a request count; stops on close.
 */
final class Load implements AutoCloseable {

  private static final int MAX_REQUESTS = 40_000;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI base;
  private final List<String> paths;
  private final long deadline;
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  private Load(URI base, List<String> paths, Duration maxDuration) {
    this.base = base;
    this.paths = List.copyOf(paths);
    this.deadline = System.nanoTime() + maxDuration.toNanos();
  }

  static Load start(int port, List<String> paths, int threads, Duration maxDuration) {
    Load load = new Load(URI.create("http://127.0.0.1:" + port), paths, maxDuration);
    for (int i = 0; i < threads; i++) {
      Thread thread = new Thread(load::run, "load-" + i);
      thread.setDaemon(true);
      load.threads.add(thread);
      thread.start();
    }
    return load;
  }

  int sent() {
    return sent.get();
  }

  int serverErrors() {
    return serverErrors.get();
  }

  private void run() {
    int next = 0;
    while (running && System.nanoTime() < deadline && sent.get() < MAX_REQUESTS) {
      String path = paths.get(next++ % paths.size());
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() >= 500) {
          serverErrors.incrementAndGet();
        }
      } catch (java.io.IOException e) {
        // counted as sent: the service did not answer
      } catch (InterruptedException e) {
        return;
      }
      sent.incrementAndGet();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    threads.forEach(Thread::interrupt);
  }
}
