package com.acme.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.invoicing.InvoicingWorker.Invoice;
import com.acme.invoicing.InvoicingWorker.OrderPlaced;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * The worker invoices each placed order once, takes VAT out of the gross total, and drains its
 * queue.
 */
class InvoicingWorkerTest {

  @Test
  void takesVatOutOfTheGrossTotalRoundedToTheCent() {
    InvoicingWorker worker = new InvoicingWorker(new LinkedBlockingQueue<>());
    assertEquals(
        new Invoice("o-1", 10000, 1900, 11900), worker.invoice(new OrderPlaced("o-1", 11900)));
    // 999 / 1.19 = 839.49...: net 839, VAT 160
    assertEquals(new Invoice("o-2", 839, 160, 999), worker.invoice(new OrderPlaced("o-2", 999)));
  }

  @Test
  void aRedeliveredEventIsNotInvoicedTwice() {
    InvoicingWorker worker = new InvoicingWorker(new LinkedBlockingQueue<>());
    Invoice first = worker.invoice(new OrderPlaced("o-1", 11900));
    assertEquals(first, worker.invoice(new OrderPlaced("o-1", 99999)));
    assertEquals(Map.of("o-1", first), worker.invoices());
  }

  @Test
  void drainsTheQueueAndSkipsAnEventItCannotInvoice() throws InterruptedException {
    LinkedBlockingQueue<OrderPlaced> queue =
        new LinkedBlockingQueue<>(
            List.of(
                new OrderPlaced("o-1", 11900),
                new OrderPlaced("o-2", 0),
                new OrderPlaced("o-3", 2380)));
    InvoicingWorker worker = new InvoicingWorker(queue);
    assertEquals(3, worker.backlog());
    assertEquals(2, worker.drain(0));
    assertEquals(0, worker.backlog());
    assertEquals(List.of("o-1", "o-3"), worker.invoices().keySet().stream().sorted().toList());
  }

  @Test
  void refusesAnOrderWithoutAPositiveTotal() {
    InvoicingWorker worker = new InvoicingWorker(new LinkedBlockingQueue<>());
    assertThrows(IllegalArgumentException.class, () -> worker.invoice(new OrderPlaced("o-1", -5)));
  }
}
