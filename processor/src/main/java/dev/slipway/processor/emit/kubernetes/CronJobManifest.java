package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.JobPlan;
import dev.slipway.processor.plan.ServicePlan;
import dev.slipway.processor.plan.WorkloadKind;
import java.util.List;

/**
 * The CronJob of a scheduled {@code @Job}: its schedule and time zone, what to do when runs would
 * overlap, how late a missed run may start, how many finished runs to keep, and the {@link
 * JobManifest#spec Job} each run creates.
 */
final class CronJobManifest implements ManifestSource {

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    if (service.workload() != WorkloadKind.CRON_JOB) {
      return List.of();
    }
    JobPlan job = service.job().orElseThrow();
    ObjectNode cronJob = Objects.header("batch/v1", "CronJob", service.name(), service);
    cronJob.withObject("/metadata").set("labels", PodTemplate.labels(service));
    ObjectNode spec = cronJob.putObject("spec");
    spec.put("schedule", job.schedule().orElseThrow().cron());
    job.timeZone().ifPresent(zone -> spec.put("timeZone", zone));
    spec.put("concurrencyPolicy", job.concurrencyPolicy());
    job.startingDeadline()
        .ifPresent(deadline -> spec.put("startingDeadlineSeconds", deadline.secondsRoundedUp()));
    spec.put("successfulJobsHistoryLimit", job.successfulJobsHistoryLimit());
    spec.put("failedJobsHistoryLimit", job.failedJobsHistoryLimit());
    ObjectNode template = spec.putObject("jobTemplate");
    template.putObject("metadata").set("labels", PodTemplate.labels(service));
    template.set("spec", JobManifest.spec(service, job));
    return List.of(cronJob);
  }
}
