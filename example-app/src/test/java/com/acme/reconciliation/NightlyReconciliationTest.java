package com.acme.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.reconciliation.NightlyReconciliation.Difference;
import com.acme.reconciliation.NightlyReconciliation.Order;
import com.acme.reconciliation.NightlyReconciliation.Payment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nightly run finds every order whose payments do not add up, and every stray payment. */
class NightlyReconciliationTest {

  @Test
  void ordersPaidExactlyReconcile() {
    assertEquals(
        List.of(),
        NightlyReconciliation.reconcile(
            List.of(new Order("o-1", 11900), new Order("o-2", 500)),
            // one order paid in two parts
            List.of(new Payment("o-1", 10000), new Payment("o-1", 1900), new Payment("o-2", 500))));
  }

  @Test
  void reportsUnderpaidUnpaidAndUnknownOrdersSortedById() {
    assertEquals(
        List.of(
            new Difference("o-1", 11900, 10000),
            new Difference("o-2", 500, 0),
            new Difference("o-9", 0, 700)),
        NightlyReconciliation.reconcile(
            List.of(new Order("o-2", 500), new Order("o-1", 11900)),
            List.of(new Payment("o-9", 700), new Payment("o-1", 10000))));
  }

  @Test
  void aDifferenceReadsAsALineOfTheRunsLog() {
    assertEquals("o-1: expected 11900, paid 10000", new Difference("o-1", 11900, 10000).toString());
  }
}
