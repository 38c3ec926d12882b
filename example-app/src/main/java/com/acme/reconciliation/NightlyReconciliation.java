package com.acme.reconciliation;

import dev.slipway.annotations.Env;
import dev.slipway.annotations.Job;
import dev.slipway.annotations.Resources;
import dev.slipway.annotations.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reconciles the day's orders with the payments that settled them, every night at 02:30 Berlin
 * time: a CronJob that runs to completion. It exits 0 when every order is paid exactly, and 1 with
 * a list of the differences otherwise, so a mismatch shows as a failed run ({@code JobFailed}).
 */
@Service(
    name = "reconciliation",
    image = "ghcr.io/acme/reconciliation:1.0.3",
    team = "billing",
    resources = @Resources(cpu = "250m", memory = "256Mi", cpuLimit = "1", memoryLimit = "512Mi"),
    env = @Env(name = "LEDGER_URL", secret = "invoicing-ledger", key = "url"),
    dependsOn = {"orders", "payments"})
@Job(
    schedule = "30 2 * * *",
    timeZone = "Europe/Berlin",
    activeDeadline = "45m",
    startingDeadline = "15m",
    backoffLimit = 2)
public final class NightlyReconciliation {

  /** An order's total, in cents. */
  public record Order(String id, long cents) {}

  /** A payment settled for an order, in cents. */
  public record Payment(String order, long cents) {}

  /** One order whose payments do not add up to its total. */
  public record Difference(String order, long expected, long paid) {
    @Override
    public String toString() {
      return order + ": expected " + expected + ", paid " + paid;
    }
  }

  private NightlyReconciliation() {}

  /**
   * Every order whose payments differ from its total, and every payment for an unknown order (as an
   * order expected to be 0), sorted by order id.
   */
  public static List<Difference> reconcile(List<Order> orders, List<Payment> payments) {
    Map<String, Long> paid =
        payments.stream()
            .collect(
                Collectors.groupingBy(
                    Payment::order, TreeMap::new, Collectors.summingLong(Payment::cents)));
    Map<String, Long> expected = new TreeMap<>();
    orders.forEach(o -> expected.merge(o.id(), o.cents(), Long::sum));
    List<Difference> differences = new ArrayList<>();
    TreeMap<String, Boolean> all = new TreeMap<>();
    expected.keySet().forEach(id -> all.put(id, true));
    paid.keySet().forEach(id -> all.put(id, true));
    for (String id : all.keySet()) {
      long want = expected.getOrDefault(id, 0L);
      long got = paid.getOrDefault(id, 0L);
      if (want != got) {
        differences.add(new Difference(id, want, got));
      }
    }
    return differences;
  }

  /**
   * One run: reconciles the day's export (empty without a ledger) and exits 0, or 1 on differences.
   */
  public static void main(String[] args) {
    List<Difference> differences = reconcile(List.of(), List.of());
    differences.forEach(System.out::println);
    System.exit(differences.isEmpty() ? 0 : 1);
  }
}
