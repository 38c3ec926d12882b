package com.acme.invoicing;

import dev.slipway.annotations.Backlog;
import dev.slipway.annotations.Env;
import dev.slipway.annotations.HealthCheck;
import dev.slipway.annotations.Resources;
import dev.slipway.annotations.Scaling;
import dev.slipway.annotations.Service;
import dev.slipway.annotations.Worker;
import dev.slipway.runtime.SlipwayRuntime;
import io.micrometer.core.instrument.Gauge;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Turns placed orders into invoices: a worker that consumes the {@code order-events} queue and
 * takes no HTTP traffic. It serves only its probes and metrics, on the management port 9090, and
 * exports the queue's depth as {@code invoicing_backlog{queue="order-events"}}, which its
 * {@code @Backlog} alert and dashboard read.
 */
@Service(
    image = "ghcr.io/acme/invoicing:1.2.0",
    port = 9090,
    team = "billing",
    resources =
        @Resources(cpu = "100m", memory = "192Mi", cpuLimit = "500m", memoryLimit = "256Mi"),
    env = @Env(name = "LEDGER_URL", secret = "invoicing-ledger", key = "url"))
@Worker
@Scaling(min = 2, max = 4, cpuUtilization = 75)
@HealthCheck(liveness = "/health/live", readiness = "/health/ready", startup = "/health/started")
@Backlog(
    metric = "invoicing_backlog",
    labels = "queue=order-events",
    threshold = 1000,
    duration = "10m")
public final class InvoicingWorker {

  /** The queue the worker consumes; in production a broker's, here an in-process one. */
  public static final String QUEUE = "order-events";

  /** An order placed by the orders service: its id and total in cents. */
  public record OrderPlaced(String order, long cents) {}

  /** The invoice written for an order, with the VAT it includes. */
  public record Invoice(String order, long net, long vat, long gross) {}

  /** VAT in percent. */
  static final long VAT_PERCENT = 19;

  private final BlockingQueue<OrderPlaced> events;
  private final Map<String, Invoice> invoices = new ConcurrentHashMap<>();

  public InvoicingWorker(BlockingQueue<OrderPlaced> events) {
    this.events = events;
  }

  /**
   * The invoice for one event: the order's total is gross, VAT is taken out of it, rounded half up
   * to the cent. An order invoiced before is not invoiced again (a redelivered message).
   */
  Invoice invoice(OrderPlaced event) {
    if (event.cents() <= 0) {
      throw new IllegalArgumentException("order " + event.order() + " has no positive total");
    }
    return invoices.computeIfAbsent(
        event.order(),
        order -> {
          long net = (event.cents() * 100 + (100 + VAT_PERCENT) / 2) / (100 + VAT_PERCENT);
          return new Invoice(order, net, event.cents() - net, event.cents());
        });
  }

  /**
   * Takes events off the queue until it is empty for {@code idle} milliseconds (0: one poll);
   * returns how many it invoiced. An event that cannot be invoiced is skipped, as a dead letter.
   */
  int drain(long idleMillis) throws InterruptedException {
    int done = 0;
    OrderPlaced event;
    while ((event = events.poll(idleMillis, TimeUnit.MILLISECONDS)) != null) {
      try {
        invoice(event);
        done++;
      } catch (IllegalArgumentException deadLetter) {
        // a real worker would move it to a dead-letter queue
      }
    }
    return done;
  }

  /** The invoices written so far, by order. */
  Map<String, Invoice> invoices() {
    return Map.copyOf(invoices);
  }

  /** How many events wait in the queue. */
  int backlog() {
    return events.size();
  }

  /** Starts the probes and metrics on the management port, then consumes for ever. */
  public static void main(String[] args) throws IOException, InterruptedException {
    InvoicingWorker worker = new InvoicingWorker(new LinkedBlockingQueue<>());
    SlipwayRuntime runtime = SlipwayRuntime.forService(InvoicingWorker.class);
    Gauge.builder("invoicing.backlog", worker, InvoicingWorker::backlog)
        .description("Order events waiting to be invoiced")
        .tag("queue", QUEUE)
        .register(runtime.registry());
    runtime.start();
    while (!Thread.currentThread().isInterrupted()) {
      worker.drain(1_000);
    }
  }
}
