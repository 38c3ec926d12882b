package dev.slipway.processor.emit.alerts;

import static dev.slipway.processor.emit.promql.PromQl.rate;
import static dev.slipway.processor.emit.promql.PromQl.selector;
import static dev.slipway.processor.emit.promql.PromQl.sumBy;

import dev.slipway.processor.emit.alerts.Alert.Runbook;
import dev.slipway.processor.emit.alerts.Alert.Step;
import dev.slipway.processor.emit.promql.PromQl;
import dev.slipway.processor.emit.promql.ServiceSeries;
import dev.slipway.processor.plan.Objective;
import dev.slipway.processor.plan.SloPlan;
import dev.slipway.processor.values.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SLO rules of a service, in the shape Sloth generates: one recording rule per SLI and window
 * ({@code slo:sli_error:ratio_rate<window>} with labels {@code service} and {@code slo}), and
 * multi-window, multi-burn-rate alerts over them: {@code ErrorBudgetBurn} for availability and
 * {@code LatencyBudgetBurn} for latency, each as a page and a ticket rule.
 *
 * <p>A burn alert also needs {@code @Slo(minBadRequests)} bad requests in its long window, counted
 * from the recorded request rate ({@code slo:sli_requests:rate<window>}): a ratio alone pages a
 * quiet service at night on one or two errors.
 */
public final class SloAlerts {

  public static final String ERROR_BUDGET_BURN = "ErrorBudgetBurn";
  public static final String LATENCY_BUDGET_BURN = "LatencyBudgetBurn";

  private static final Duration PAGE_FOR = Duration.ofMinutes(2);
  private static final Duration TICKET_FOR = Duration.ofMinutes(15);

  private SloAlerts() {}

  /** The recorded error ratio of an SLI over {@code window}. */
  public static String errorRatio(String window) {
    return "slo:sli_error:ratio_rate" + window;
  }

  /** The recorded rate of the user requests over {@code window}, per second. */
  static String requestRate(String window) {
    return "slo:sli_requests:rate" + window;
  }

  /** The alert windows and the SLO window, each once. */
  static List<String> windows(SloPlan slo) {
    Set<String> windows = new LinkedHashSet<>(BurnRateWindow.ALERT_WINDOWS);
    windows.add(slo.window());
    return List.copyOf(windows);
  }

  /** {@code slo:sli_error:ratio_rate<window>{service="…",slo="…"}}. */
  private static String errorRatioSeries(AlertContext ctx, Objective objective, String window) {
    return selector(
        errorRatio(window),
        List.of(PromQl.equal("service", ctx.name()), PromQl.equal("slo", objective.slo())));
  }

  static List<RecordingRule> recordingRules(AlertContext ctx) {
    ServiceSeries series = ctx.series();
    List<RecordingRule> rules = new ArrayList<>();
    for (String window : windows(ctx.service().slo())) {
      String all = sumRate(ServiceSeries.REQUESTS, series.userRequests(), window);
      String failed = sumRate(ServiceSeries.REQUESTS, series.failedRequests(), window);
      // with no failure at all the failed-requests sum is empty, not 0: fall back to 0 × all
      rules.add(
          new RecordingRule(
              errorRatio(window),
              "(" + failed + " or 0 * " + all + ") / " + all,
              labels(ctx, Objective.AVAILABILITY)));
      String fast = sumRate(ServiceSeries.BUCKETS, series.fastRequests(), window);
      rules.add(
          new RecordingRule(
              errorRatio(window), "1 - " + fast + " / " + all, labels(ctx, Objective.LATENCY)));
    }
    if (guarded(ctx)) {
      for (BurnRateWindow w : BurnRateWindow.ALL) {
        rules.add(
            new RecordingRule(
                requestRate(w.longWindow()),
                sumRate(ServiceSeries.REQUESTS, series.userRequests(), w.longWindow()),
                Map.of("service", ctx.name())));
      }
    }
    return rules;
  }

  private static boolean guarded(AlertContext ctx) {
    return ctx.service().slo().minBadRequests() > 0;
  }

  /**
   * {@code ratio × request rate × seconds ≥ n}: at least {@code n} bad requests in {@code window}.
   * The rate has no {@code slo} label, so the product keeps the ratio's.
   */
  private static String enoughBadRequests(AlertContext ctx, Objective objective, BurnRateWindow w) {
    return errorRatioSeries(ctx, objective, w.longWindow())
        + " * on (namespace, service) group_left "
        + selector(requestRate(w.longWindow()), List.of(PromQl.equal("service", ctx.name())))
        + " * "
        + w.longWindowHours() * 3600
        + " >= "
        + ctx.service().slo().minBadRequests();
  }

  static List<Alert> alerts(AlertContext ctx) {
    List<Alert> alerts = new ArrayList<>();
    for (Objective objective : ctx.service().slo().objectives()) {
      for (AlertSeverity severity : List.of(AlertSeverity.PAGE, AlertSeverity.TICKET)) {
        alerts.add(burnAlert(ctx, objective, severity));
      }
    }
    return alerts;
  }

  private static Alert burnAlert(AlertContext ctx, Objective objective, AlertSeverity severity) {
    List<BurnRateWindow> pairs =
        BurnRateWindow.ALL.stream().filter(w -> w.severity() == severity).toList();
    String expr =
        pairs.stream()
            .map(
                w -> {
                  String threshold = threshold(w.factor(objective.windowHours()), objective);
                  return "("
                      + errorRatioSeries(ctx, objective, w.longWindow())
                      + " > "
                      + threshold
                      + " and "
                      + errorRatioSeries(ctx, objective, w.shortWindow())
                      + " > "
                      + threshold
                      + (guarded(ctx) ? " and " + enoughBadRequests(ctx, objective, w) : "")
                      + ")";
                })
            .collect(Collectors.joining(" or "));
    String burns =
        pairs.stream()
            .map(
                w ->
                    Decimals.plain(w.factor(objective.windowHours()))
                        + "x over "
                        + w.longWindow()
                        + " and "
                        + w.shortWindow())
            .collect(Collectors.joining(", or "));
    BurnRateWindow slowest = pairs.get(pairs.size() - 1);
    String summary =
        ctx.name()
            + " is burning its "
            + objective.slo()
            + " error budget "
            + (severity == AlertSeverity.PAGE ? "fast." : "steadily.");
    String description =
        "In {{ $labels.namespace }}, "
            + ctx.name()
            + " "
            + badEvents(ctx, objective)
            + " often enough to burn its "
            + objective.window()
            + " error budget ("
            + Decimals.percent(objective.errorBudget())
            + " of requests) at more than "
            + burns
            + (guarded(ctx)
                ? ", with at least "
                    + ctx.service().slo().minBadRequests()
                    + " bad requests over the long window"
                : "")
            + ". At "
            + Decimals.plain(slowest.factor(objective.windowHours()))
            + "x the whole budget is gone in "
            + exhaustion(objective, slowest)
            + ".";
    return new Alert(
        objective.isAvailability() ? ERROR_BUDGET_BURN : LATENCY_BUDGET_BURN,
        severity,
        Map.of("slo", objective.slo()),
        expr,
        severity == AlertSeverity.PAGE ? PAGE_FOR : TICKET_FOR,
        summary,
        description,
        objective.isAvailability()
            ? availabilityRunbook(ctx, objective)
            : latencyRunbook(ctx, objective));
  }

  /** {@code (factor * budget)}: a literal product, so a reader sees where the number comes from. */
  private static String threshold(BigDecimal factor, Objective objective) {
    return "(" + Decimals.plain(factor) + " * " + objective.errorBudgetText() + ")";
  }

  private static String sumRate(String metric, List<String> matchers, String window) {
    return sumBy("namespace", rate(selector(metric, matchers), window));
  }

  private static Map<String, String> labels(AlertContext ctx, String slo) {
    return Map.of("service", ctx.name(), "slo", slo);
  }

  private static String badEvents(AlertContext ctx, Objective objective) {
    return objective.isAvailability()
        ? "answers requests with a 5xx"
        : "answers requests slower than " + ctx.service().slo().latencyThreshold();
  }

  /** How long the whole window's budget lasts at the window pair's factor, in days or hours. */
  private static String exhaustion(Objective objective, BurnRateWindow window) {
    BigDecimal hours =
        BigDecimal.valueOf(objective.windowHours())
            .divide(window.factor(objective.windowHours()), 0, RoundingMode.HALF_UP);
    return hours.longValue() >= 48
        ? Decimals.plain(hours.divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP)) + " days"
        : hours + " hours";
  }

  private static Runbook availabilityRunbook(AlertContext ctx, Objective objective) {
    List<Step> look = new ArrayList<>();
    look.add(
        Step.of(
            "Open the service dashboard (Grafana, tag `slipway`, \""
                + ctx.name()
                + "\") and read the"
                + " error ratio and traffic panels: which routes and statuses fail, since when."));
    look.add(
        Step.of(
            "Check that the pods are running and ready, and look for recent restarts.",
            ctx.kubectl("get pods " + ctx.podSelector() + " -o wide")));
    look.add(
        Step.of(
            "Read the logs of a failing pod for the exceptions behind the 5xx responses.",
            ctx.logsCommand() + " | grep -iE 'error|exception' | tail -50"));
    look.add(newVersionStep(ctx));
    dependencyStep(ctx).ifPresent(look::add);
    List<Step> fix = new ArrayList<>();
    fix.add(
        Step.of(
            "If a new version is to blame, roll back first and investigate afterwards.",
            ctx.rollbackCommand()));
    fix.add(
        Step.of(
            "If a dependency fails, follow its runbook and tell its owners; consider"
                + " failing fast or degrading the feature that needs it."));
    fix.add(
        Step.of(
            "If the pods are overloaded (see the CPU and memory panels), add replicas.",
            ctx.scaleUpCommand()));
    return new Runbook(
        ctx.name()
            + " answers too many requests with a 5xx status. The availability objective is "
            + Decimals.percent(objective.target())
            + " of requests over "
            + objective.window()
            + ", so "
            + Decimals.percent(objective.errorBudget())
            + " may fail. The `page` rule fires when the budget"
            + " burns fast enough to be gone within days, the `ticket` rule when a slower burn"
            + " would still exhaust it before the window ends. The `slo` label says which objective"
            + " burns."
            + trafficGuard(ctx),
        look,
        fix);
  }

  private static Runbook latencyRunbook(AlertContext ctx, Objective objective) {
    String threshold = ctx.service().slo().latencyThreshold().text();
    List<Step> look = new ArrayList<>();
    look.add(
        Step.of(
            "Open the service dashboard and read the latency percentiles panel: which percentile"
                + " moved, since when, and whether traffic rose at the same time."));
    look.add(
        Step.of(
            "Check CPU throttling and memory against the limits: a throttled or"
                + " collecting JVM is slow.",
            ctx.kubectl("top pods " + ctx.podSelector())));
    look.add(newVersionStep(ctx));
    dependencyStep(ctx).ifPresent(look::add);
    List<Step> fix = new ArrayList<>();
    fix.add(Step.of("If a new version is to blame, roll back.", ctx.rollbackCommand()));
    fix.add(
        Step.of(
            "If the pods are saturated, add replicas (or raise the CPU limit in `@Resources`).",
            ctx.scaleUpCommand()));
    fix.add(
        Step.of(
            "If a dependency is slow, follow its runbook; tighten client timeouts so slow"
                + " calls fail fast instead of holding requests."));
    return new Runbook(
        ctx.name()
            + " answers too many requests slower than "
            + threshold
            + ". The latency"
            + " objective is "
            + Decimals.percent(objective.target())
            + " of requests within "
            + threshold
            + " over "
            + objective.window()
            + ". The SLI counts requests in the"
            + " `http_server_requests_seconds` histogram bucket whose `le` is "
            + threshold
            + "; the `page` rule fires on a fast burn, the `ticket` rule on a slow one."
            + trafficGuard(ctx),
        look,
        fix);
  }

  private static String trafficGuard(AlertContext ctx) {
    return guarded(ctx)
        ? " Neither fires before "
            + ctx.service().slo().minBadRequests()
            + " requests were bad within the alert's long window (`@Slo(minBadRequests)`), so a"
            + " trickle of traffic with one or two errors does not page."
        : "";
  }

  private static Step newVersionStep(AlertContext ctx) {
    return Step.of(
        "Check whether a new version went out just before the burn started.", ctx.historyCommand());
  }

  private static Optional<Step> dependencyStep(AlertContext ctx) {
    List<String> deps = ctx.dependencies();
    if (deps.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Step.of(
            ctx.name()
                + " calls "
                + String.join(", ", deps)
                + ": check whether one of them is failing"
                + " or slow (their alerts and dashboards)."));
  }
}
