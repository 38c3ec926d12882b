package dev.slipway.processor.emit.alerts;

import static dev.slipway.processor.emit.promql.PromQl.maxBy;
import static dev.slipway.processor.emit.promql.PromQl.selector;

import dev.slipway.processor.emit.alerts.Alert.Runbook;
import dev.slipway.processor.emit.alerts.Alert.Step;
import dev.slipway.processor.emit.promql.PromQl;
import dev.slipway.processor.plan.JobPlan;
import dev.slipway.processor.values.Durations;
import dev.slipway.processor.values.TimeSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts of a {@code @Job}, from kube-state-metrics: a run that failed, a run still active past
 * its deadline, and for a CronJob a last success older than the schedule allows.
 */
public final class JobAlerts {

  public static final String JOB_FAILED = "JobFailed";
  public static final String JOB_OVER_DEADLINE = "JobOverDeadline";
  public static final String JOB_NOT_SUCCEEDED = "JobNotSucceededRecently";

  /** A failed run is a fact at once; one evaluation more rules out a flapping condition. */
  private static final Duration FAILED_FOR = Duration.ofMinutes(1);

  private static final Duration OVER_DEADLINE_FOR = Duration.ofMinutes(5);
  private static final Duration NOT_SUCCEEDED_FOR = Duration.ofMinutes(5);

  /**
   * What a late run may add to the longest gap between two runs before a missing success counts:
   * the run's own time (its deadline) and this, for the controller and the scheduler.
   */
  static final Duration SLACK = Duration.ofMinutes(15);

  private JobAlerts() {}

  static List<Alert> of(AlertContext ctx) {
    List<Alert> alerts = new ArrayList<>();
    alerts.add(failed(ctx));
    JobPlan job = ctx.service().job().orElseThrow();
    job.activeDeadline().ifPresent(deadline -> alerts.add(overDeadline(ctx, deadline)));
    job.schedule().ifPresent(schedule -> alerts.add(notSucceeded(ctx, job, schedule)));
    return alerts;
  }

  /**
   * {@code kube_job_failed{condition="true"}}: the Job's {@code Failed} condition, set once its
   * backoff limit or deadline is spent. Not {@code kube_job_status_failed}, which counts failed
   * pods and so also a run that failed once and then succeeded on a retry.
   */
  private static Alert failed(AlertContext ctx) {
    String expr =
        maxBy(
                "namespace, job_name",
                selector(
                    "kube_job_failed",
                    List.of(ctx.series().jobName(), PromQl.equal("condition", "true"))))
            + " > 0";
    String name = ctx.name();
    List<Step> mitigate = new ArrayList<>();
    mitigate.add(
        Step.of(
            "Fix the cause (configuration, a Secret, a dependency, the data), then run it again"
                + (ctx.service().job().orElseThrow().schedule().isPresent()
                    ? " now instead of waiting for the next run."
                    : " by deleting the failed Job and applying the manifests again."),
            ctx.service().job().orElseThrow().schedule().isPresent()
                ? manualRun(ctx)
                : ctx.kubectl("delete job %s", name)));
    mitigate.add(
        Step.of(
            "The alert fires while the failed Job is kept; once handled, delete it.",
            ctx.kubectl("delete job <job>")));
    return new Alert(
        JOB_FAILED,
        AlertSeverity.TICKET,
        expr,
        FAILED_FOR,
        "A run of " + name + " failed.",
        "Job {{ $labels.job_name }} in {{ $labels.namespace }} failed: it used up its backoff"
            + " limit of "
            + ctx.service().job().orElseThrow().backoffLimit()
            + " retries or its active deadline.",
        new Runbook(
            "A run of "
                + name
                + " ended as failed: every attempt exited with an error (up to the backoff"
                + " limit)"
                + ctx.service()
                    .job()
                    .orElseThrow()
                    .activeDeadline()
                    .map(
                        d ->
                            ", or the run took longer than its active deadline of "
                                + d
                                + " and Kubernetes stopped it")
                    .orElse("")
                + ". Whatever it should have done is not done.",
            List.of(
                Step.of(
                    "List the runs and find the failed one.",
                    ctx.kubectl("get jobs " + ctx.podSelector())),
                Step.of(
                    "See why it failed (BackoffLimitExceeded, DeadlineExceeded).",
                    ctx.kubectl("describe job <job>")),
                Step.of(
                    "Read the logs of its pods, the failed attempts included.",
                    ctx.kubectl("logs job/<job> --all-containers"),
                    ctx.kubectl("get pods -l job-name=<job>"),
                    ctx.kubectl("logs <pod>"))),
            mitigate));
  }

  /**
   * {@code kubectl create job --from=cronjob/<name> <name>-manual-<date>}: a run now, with the
   * CronJob's template, under a name of its own each time.
   */
  private static String manualRun(AlertContext ctx) {
    return ctx.kubectl(
        "create job --from=cronjob/%s %s-manual-$(date +%Y%m%d%H%M)", ctx.name(), ctx.name());
  }

  private static Alert overDeadline(AlertContext ctx, TimeSpan activeDeadline) {
    long deadline = activeDeadline.secondsRoundedUp();
    String started =
        "time() - "
            + maxBy(
                "namespace, job_name",
                selector("kube_job_status_start_time", List.of(ctx.series().jobName())));
    String active =
        maxBy(
                "namespace, job_name",
                selector("kube_job_status_active", List.of(ctx.series().jobName())))
            + " > 0";
    String expr =
        "(" + started + " > " + deadline + ") and on (namespace, job_name) (" + active + ")";
    return new Alert(
        JOB_OVER_DEADLINE,
        AlertSeverity.TICKET,
        expr,
        OVER_DEADLINE_FOR,
        "A run of " + ctx.name() + " is still active past its deadline.",
        "Job {{ $labels.job_name }} in {{ $labels.namespace }} started more than "
            + activeDeadline.text()
            + " ago and still has active pods.",
        new Runbook(
            "A run of "
                + ctx.name()
                + " has been running for longer than its active deadline of "
                + activeDeadline.text()
                + ", after which Kubernetes should have stopped it: its pods are stuck"
                + " terminating (a lost node, a finalizer, a process ignoring SIGTERM), and while"
                + " it lasts a CronJob with concurrencyPolicy Forbid starts no new run.",
            List.of(
                Step.of(
                    "See the active run and its pods.",
                    ctx.kubectl("get jobs " + ctx.podSelector()),
                    ctx.kubectl("get pods -l job-name=<job> -o wide")),
                Step.of(
                    "Check whether the pods are terminating, and on which node.",
                    ctx.kubectl("describe pod <pod>"))),
            List.of(
                Step.of("Delete the run; its pods go with it.", ctx.kubectl("delete job <job>")),
                Step.of(
                    "If a pod stays in Terminating on a lost node, force it.",
                    ctx.kubectl("delete pod <pod> --grace-period=0 --force")))));
  }

  private static Alert notSucceeded(AlertContext ctx, JobPlan job, JobPlan.Schedule schedule) {
    Duration allowed =
        schedule
            .intervals()
            .longest()
            .plus(job.activeDeadline().map(TimeSpan::duration).orElse(Duration.ZERO))
            .plus(SLACK);
    String expr =
        "time() - "
            + maxBy(
                "namespace, cronjob",
                selector(
                    "kube_cronjob_status_last_successful_time", List.of(ctx.series().cronJob())))
            + " > "
            + allowed.toSeconds();
    String name = ctx.name();
    return new Alert(
        JOB_NOT_SUCCEEDED,
        AlertSeverity.TICKET,
        expr,
        NOT_SUCCEEDED_FOR,
        name + " has not succeeded for longer than its schedule allows.",
        "CronJob {{ $labels.cronjob }} in {{ $labels.namespace }} last succeeded more than "
            + Durations.format(allowed)
            + " ago, though its schedule \""
            + schedule.cron()
            + "\" runs at most "
            + Durations.format(schedule.intervals().longest())
            + " apart.",
        new Runbook(
            "The last successful run of "
                + name
                + " is older than the longest gap of its schedule `"
                + schedule.cron()
                + "` ("
                + Durations.format(schedule.intervals().longest())
                + ") plus its deadline and "
                + Prose.minutes(SLACK)
                + ": runs fail, are skipped (a previous run still active with concurrencyPolicy"
                + " Forbid, a missed startingDeadline) or the CronJob is suspended.",
            List.of(
                Step.of(
                    "See the schedule, whether it is suspended, and the last runs.",
                    ctx.kubectl("get cronjob %s", name),
                    ctx.kubectl("get jobs " + ctx.podSelector() + " --sort-by=.status.startTime")),
                Step.of(
                    "Read the CronJob's events (missed start times, skipped runs).",
                    ctx.kubectl("describe cronjob %s", name)),
                Step.of(
                    "Read the logs of the last run.",
                    ctx.kubectl("logs job/<job> --all-containers"))),
            List.of(
                Step.of(
                    "If it was suspended by mistake, resume it.",
                    ctx.kubectl("patch cronjob %s -p '{\"spec\":{\"suspend\":false}}'", name)),
                Step.of(
                    "Once the cause is fixed, run it now rather than wait for the schedule.",
                    manualRun(ctx)))));
  }
}
