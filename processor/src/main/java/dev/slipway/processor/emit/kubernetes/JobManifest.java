package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.emit.alerts.AlertCatalogue;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.JobPlan;
import dev.slipway.processor.plan.ServicePlan;
import dev.slipway.processor.plan.WorkloadKind;
import java.util.List;

/**
 * The Job of a one-off {@code @Job}: one run of the {@link PodTemplate}, stopped at its active
 * deadline, retried up to its backoff limit, and deleted {@code ttlSecondsAfterFinished} after it
 * ends. {@link CronJobManifest} wraps the same {@link #spec} in a schedule.
 */
final class JobManifest implements ManifestSource {

  @Override
  public List<ObjectNode> manifests(
      ServicePlan service, CompilePlan compile, AlertCatalogue alerts) {
    if (service.workload() != WorkloadKind.JOB) {
      return List.of();
    }
    ObjectNode job = Objects.header("batch/v1", "Job", service.name(), service);
    job.withObject("/metadata").set("labels", PodTemplate.labels(service));
    ObjectNode spec = spec(service, service.job().orElseThrow());
    service
        .job()
        .orElseThrow()
        .ttlAfterFinished()
        .ifPresent(ttl -> spec.put("ttlSecondsAfterFinished", ttl.secondsRoundedUp()));
    job.set("spec", spec);
    return List.of(job);
  }

  /** The {@code spec} of a Job, also a CronJob's {@code jobTemplate.spec}. */
  static ObjectNode spec(ServicePlan service, JobPlan job) {
    ObjectNode spec = Serialization.object();
    job.activeDeadline()
        .ifPresent(deadline -> spec.put("activeDeadlineSeconds", deadline.secondsRoundedUp()));
    spec.put("backoffLimit", job.backoffLimit());
    spec.set("template", PodTemplate.of(service));
    return spec;
  }
}
