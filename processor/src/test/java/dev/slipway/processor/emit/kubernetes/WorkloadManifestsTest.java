package dev.slipway.processor.emit.kubernetes;

import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.CompilationSubject;
import dev.slipway.processor.SlipwayCompiler;
import dev.slipway.testkit.KubernetesSchemas;
import dev.slipway.testkit.Kustomize;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a worker and a job get instead of a service's objects: a worker no Service and a PodMonitor,
 * ingress only on its management port; a job a Job or CronJob with the secure pod, no ports,
 * probes, Service, HPA, PDB or monitor, and no ingress at all; overlays that reach into a CronJob's
 * job template.
 */
class WorkloadManifestsTest {

  private static final String BASE = "/base/manifests.yaml";

  private static final SlipwayCompiler.Output OUTPUT =
      compile(
          Map.of("slipway.environmentTags", "dev=2.0.0-rc.1"),
          service(
              "InvoicingWorker",
              """
              @Service(image = "ghcr.io/acme/invoicing:1.2.0", port = 9090, team = "billing", dependsOn = "payments")
              @Worker
              @Scaling(min = 2, max = 4)
              @HealthCheck(liveness = "/health/live", readiness = "/health/ready")
              @Metrics(port = 9100)
              """),
          service(
              "NightlyReconciliation",
              """
              @Service(name = "reconciliation", image = "ghcr.io/acme/reconciliation:1.0.3", team = "billing",
                  dependsOn = "payments", env = @Env(name = "LEDGER_URL", secret = "ledger", key = "url"))
              @Job(schedule = "@daily", timeZone = "UTC", concurrencyPolicy = Job.ConcurrencyPolicy.REPLACE,
                  activeDeadline = "30m", backoffLimit = 4, successfulJobsHistoryLimit = 1)
              """),
          service(
              "MigrateJob",
              """
              @Service(image = "ghcr.io/acme/migrate:3.1.0", team = "commerce")
              @Job(activeDeadline = "90s", restartPolicy = Job.RestartPolicy.ON_FAILURE, ttlAfterFinished = "1h")
              """),
          service(
              "PaymentsService",
              """
              @Service(image = "ghcr.io/acme/payments:2.0.1", team = "payments")
              @HealthCheck
              """));

  @Test
  void aWorkerHasNoServiceAndIsScrapedThroughAPodMonitorOnItsManagementPorts() {
    assertEquals(
        List.of(
            "ServiceAccount",
            "NetworkPolicy",
            "Deployment",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "PodMonitor",
            "PrometheusRule"),
        OUTPUT.kinds("invoicing" + BASE));
    JsonNode container =
        OUTPUT.object("invoicing" + BASE, "Deployment").at("/spec/template/spec/containers/0");
    assertEquals(
        "[{\"name\":\"management\",\"containerPort\":9090,\"protocol\":\"TCP\"},"
            + "{\"name\":\"metrics\",\"containerPort\":9100,\"protocol\":\"TCP\"}]",
        container.get("ports").toString());
    assertEquals("management", container.at("/readinessProbe/httpGet/port").asText());
    JsonNode monitor = OUTPUT.object("invoicing" + BASE, "PodMonitor");
    assertEquals("app.kubernetes.io/name", monitor.at("/spec/jobLabel").asText());
    assertEquals("metrics", monitor.at("/spec/podMetricsEndpoints/0/port").asText());
    JsonNode policy = OUTPUT.object("invoicing" + BASE, "NetworkPolicy");
    assertEquals(
        "[{\"ports\":[{\"protocol\":\"TCP\",\"port\":9090},{\"protocol\":\"TCP\",\"port\":9100}]}]",
        policy.at("/spec/ingress").toString());
    assertEquals(
        "worker",
        OUTPUT
            .object("invoicing" + BASE, "Deployment")
            .at("/metadata/labels/app.kubernetes.io~1component")
            .asText());
  }

  @Test
  void aScheduledJobIsACronJobWithTheSecurePodAndNothingOfAService() {
    assertEquals(
        List.of("ServiceAccount", "NetworkPolicy", "CronJob", "PrometheusRule"),
        OUTPUT.kinds("reconciliation" + BASE));
    JsonNode cronJob = OUTPUT.object("reconciliation" + BASE, "CronJob");
    assertEquals("@daily", cronJob.at("/spec/schedule").asText());
    assertEquals("UTC", cronJob.at("/spec/timeZone").asText());
    assertEquals("Replace", cronJob.at("/spec/concurrencyPolicy").asText());
    assertTrue(cronJob.at("/spec/startingDeadlineSeconds").isMissingNode());
    assertEquals(1, cronJob.at("/spec/successfulJobsHistoryLimit").asInt());
    assertEquals(3, cronJob.at("/spec/failedJobsHistoryLimit").asInt());
    JsonNode job = cronJob.at("/spec/jobTemplate/spec");
    assertEquals(1800, job.get("activeDeadlineSeconds").asInt());
    assertEquals(4, job.get("backoffLimit").asInt());
    assertTrue(
        job.path("ttlSecondsAfterFinished").isMissingNode(),
        "the history limits clean up a CronJob's runs");
    JsonNode pod = job.at("/template/spec");
    assertEquals("Never", pod.get("restartPolicy").asText());
    assertFalse(pod.get("automountServiceAccountToken").asBoolean());
    assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
    assertTrue(pod.path("topologySpreadConstraints").isMissingNode());
    JsonNode container = pod.at("/containers/0");
    assertTrue(container.path("ports").isMissingNode());
    assertTrue(
        container.path("readinessProbe").isMissingNode()
            && container.path("livenessProbe").isMissingNode());
    assertEquals("ledger", container.at("/env/0/valueFrom/secretKeyRef/name").asText());
    assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean());
    assertEquals("512Mi", container.at("/resources/limits/memory").asText());
    assertTrue(job.at("/template/metadata/annotations").isMissingNode(), "a run is not scraped");
    JsonNode policy = OUTPUT.object("reconciliation" + BASE, "NetworkPolicy");
    assertEquals("[]", policy.at("/spec/ingress").toString());
    assertEquals(
        "payments",
        policy.at("/spec/egress/0/to/0/podSelector/matchLabels/app.kubernetes.io~1name").asText());
  }

  @Test
  void aOneOffJobIsAJobWithATimeToLive() {
    assertEquals(
        List.of("ServiceAccount", "NetworkPolicy", "Job", "PrometheusRule"),
        OUTPUT.kinds("migrate" + BASE));
    JsonNode job = OUTPUT.object("migrate" + BASE, "Job").get("spec");
    assertEquals(90, job.get("activeDeadlineSeconds").asInt());
    assertEquals(3600, job.get("ttlSecondsAfterFinished").asInt());
    assertEquals("OnFailure", job.at("/template/spec/restartPolicy").asText());
  }

  /**
   * The two job rules a team may waive leave the plan without a deadline or TTL: no crash, no
   * field.
   */
  @Test
  void aJobWithoutDeadlineOrTtlByWaiverOmitsThem() {
    SlipwayCompiler.Output output =
        compile(
            service(
                "ExportJob",
                """
                @Service(image = "ghcr.io/acme/export:1.0.0", team = "data")
                @Job(activeDeadline = "", ttlAfterFinished = "")
                @Waive(rule = "SLW-JOB-004", reason = "the export stops itself after 2h; its own watchdog")
                @Waive(rule = "SLW-JOB-014", reason = "the pipeline deletes the Job after reading its status")
                """));
    CompilationSubject.assertThat(output.compilation()).succeeded();
    JsonNode job = output.object("export" + BASE, "Job").get("spec");
    assertTrue(job.path("activeDeadlineSeconds").isMissingNode());
    assertTrue(job.path("ttlSecondsAfterFinished").isMissingNode());
    assertTrue(output.file("export/prometheus/export.rules.yaml").contains("alert: JobFailed"));
    assertFalse(output.file("export/prometheus/export.rules.yaml").contains("JobOverDeadline"));
  }

  @Test
  void overlaysPatchTheVersionInsideTheJobTemplateAndKustomizeAgrees(@TempDir Path dir) {
    OUTPUT.writeTo(dir);
    for (String workload : List.of("invoicing", "reconciliation", "migrate")) {
      for (String env : List.of("dev", "staging", "prod")) {
        String stream = Kustomize.build(dir.resolve(workload + "/overlays/" + env));
        KubernetesSchemas.assertValidStream(stream);
        assertFalse(stream.contains("\nkind: Service\n"), workload + " in " + env);
      }
    }
    String dev = Kustomize.build(dir.resolve("reconciliation/overlays/dev"));
    JsonNode cronJob =
        SlipwayCompiler.documents(dev).stream()
            .filter(o -> o.get("kind").asText().equals("CronJob"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "ghcr.io/acme/reconciliation:2.0.0-rc.1",
        cronJob.at("/spec/jobTemplate/spec/template/spec/containers/0/image").asText());
    assertEquals(
        "2.0.0-rc.1",
        cronJob
            .at("/spec/jobTemplate/spec/template/metadata/labels/app.kubernetes.io~1version")
            .asText());
    assertEquals("dev", cronJob.at("/metadata/namespace").asText());
  }
}
