package dev.slipway.processor.emit.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slipway.processor.Yaml;
import dev.slipway.testkit.KubernetesSchemas;
import dev.slipway.testkit.Kustomize;
import dev.slipway.testkit.Promtool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts of a worker and of jobs, under promtool: each fires when it should (a failed run, a
 * missed schedule, a run over its deadline, a growing backlog) and stays silent when it should not;
 * and their base objects (Job, CronJob, PodMonitor) pass the schemas and kustomize.
 */
class WorkloadAlertsTest {

  /** A nightly CronJob: runs at most 24h apart, 45m deadline, so a success may be 25h old. */
  static final String RECONCILIATION =
"""
package com.acme.reconciliation;
import dev.slipway.annotations.*;
@Service(name = "reconciliation", image = "ghcr.io/acme/reconciliation:1.0.3", team = "billing")
@Job(schedule = "30 2 * * *", timeZone = "Europe/Berlin", activeDeadline = "45m", backoffLimit = 2)
public final class NightlyReconciliation {}
""";

  /** A one-off Job, run once per deployment. */
  static final String MIGRATE =
"""
package com.acme.migrate;
import dev.slipway.annotations.*;
@Service(name = "migrate", image = "ghcr.io/acme/migrate:3.1.0", team = "commerce")
@Job(activeDeadline = "20m", backoffLimit = 1, restartPolicy = Job.RestartPolicy.ON_FAILURE)
public final class MigrateJob {}
""";

  /** A worker whose backlog selector has a label value that needs escaping. */
  static final String INVOICING =
"""
package com.acme.invoicing;
import dev.slipway.annotations.*;
@Service(image = "ghcr.io/acme/invoicing:1.2.0", port = 9090, team = "billing")
@Worker
@HealthCheck(liveness = "/health/live", readiness = "/health/ready")
@Backlog(metric = "kafka_consumergroup_lag", labels = {"consumergroup=invoicing \\"blue\\"", "topic=orders"},
    threshold = 1000, duration = "10m")
public final class InvoicingWorker {}
""";

  private static final String LAG =
      "kafka_consumergroup_lag{namespace=\"prod\",topic=\"orders\",consumergroup=";

  private static Compiled compiled;
  @TempDir static Path dir;
  private static Path reconciliation;
  private static Path migrate;
  private static Path invoicing;

  @BeforeAll
  static void compile() {
    compiled =
        Compiled.compile(
            Map.of(
                "com.acme.reconciliation.NightlyReconciliation", RECONCILIATION,
                "com.acme.migrate.MigrateJob", MIGRATE,
                "com.acme.invoicing.InvoicingWorker", INVOICING));
    reconciliation = compiled.write("reconciliation/prometheus/reconciliation.rules.yaml", dir);
    migrate = compiled.write("migrate/prometheus/migrate.rules.yaml", dir);
    invoicing = compiled.write("invoicing/prometheus/invoicing.rules.yaml", dir);
  }

  @Test
  void promtoolAcceptsEveryRuleFile() {
    Promtool.checkRules(reconciliation, migrate, invoicing).assertSuccess();
  }

  @Test
  void eachKindHasTheAlertsThatFitIt() {
    assertEquals(
        List.of("JobFailed", "JobOverDeadline", "JobNotSucceededRecently"),
        alertNames(reconciliation));
    assertEquals(List.of("JobFailed", "JobOverDeadline"), alertNames(migrate));
    // no SLO, no HTTP alerts: the backlog, scraping, pods and saturation
    assertEquals(
        List.of(
            "BacklogHigh",
            "TargetDown",
            "CrashLooping",
            "ReplicasUnavailable",
            "MemoryNearLimit",
            "CpuThrottled"),
        alertNames(invoicing));
  }

  @Test
  void everyBaseRendersWithKustomizeAndPassesTheSchemas() {
    for (String service : List.of("reconciliation", "migrate", "invoicing")) {
      compiled.files().keySet().stream()
          .filter(p -> p.startsWith(service + "/base/") || p.startsWith(service + "/overlays/"))
          .forEach(p -> compiled.write(p, dir));
      KubernetesSchemas.assertValidStream(Kustomize.build(dir.resolve(service + "/base")));
      for (String env : List.of("dev", "staging", "prod")) {
        String stream = Kustomize.build(dir.resolve(service + "/overlays/" + env));
        KubernetesSchemas.assertValidStream(stream);
        assertFalse(stream.contains("kind: Service\n"), service + " in " + env + " has no Service");
      }
    }
  }

  @Test
  void aFailedRunFiresAndARetriedOrOtherJobsFailureDoesNot() {
    new RuleUnitTest(reconciliation, "a failed run")
        .series(
            "kube_job_failed{namespace=\"prod\",job_name=\"reconciliation-29000000\",condition=\"true\"}",
            "0 0 0 1x10")
        .series(
            "kube_job_failed{namespace=\"prod\",job_name=\"reconciliation-29001440\",condition=\"false\"}",
            "1x13")
        // another CronJob whose name starts the same way
        .series(
            "kube_job_failed{namespace=\"prod\",job_name=\"reconciliation-archive-29000000\",condition=\"true\"}",
            "1x13")
        .silentAt("3m", "JobFailed")
        .firingAt(
            "6m",
            "JobFailed",
            labels("reconciliation", "billing", Map.of("job_name", "reconciliation-29000000")))
        .run()
        .assertSuccess();
  }

  @Test
  void aOneOffJobsFailedRunFires() {
    new RuleUnitTest(migrate, "a failed migration")
        .series(
            "kube_job_failed{namespace=\"prod\",job_name=\"migrate\",condition=\"true\"}", "1x5")
        .series(
            "kube_job_failed{namespace=\"prod\",job_name=\"migrate-orders\",condition=\"true\"}",
            "1x5")
        .firingAt("3m", "JobFailed", labels("migrate", "commerce", Map.of("job_name", "migrate")))
        .run()
        .assertSuccess();
  }

  @Test
  void aMissedScheduleFiresOnceTheLastSuccessIsOlderThanTheScheduleAllows() {
    // the last success at t=0, then none: 24h between runs + 45m deadline + 15m slack = 25h
    new RuleUnitTest(reconciliation, "a missed schedule", "5m")
        .series(
            "kube_cronjob_status_last_successful_time{namespace=\"prod\",cronjob=\"reconciliation\"}",
            "0x400")
        .silentAt("24h50m", "JobNotSucceededRecently")
        .firingAt(
            "25h15m",
            "JobNotSucceededRecently",
            labels("reconciliation", "billing", Map.of("cronjob", "reconciliation")))
        .run()
        .assertSuccess();
  }

  @Test
  void aJobThatSucceedsEveryNightStaysSilent() {
    // a success at 0, at 24h and at 48h (288 five-minute steps a day)
    new RuleUnitTest(reconciliation, "nightly successes", "5m")
        .series(
            "kube_cronjob_status_last_successful_time{namespace=\"prod\",cronjob=\"reconciliation\"}",
            "0x287 86400x287 172800x200")
        .silentAt("25h30m", "JobNotSucceededRecently")
        .silentAt("49h30m", "JobNotSucceededRecently")
        .silentAt("60h", "JobNotSucceededRecently")
        .run()
        .assertSuccess();
  }

  @Test
  void aRunStillActivePastItsDeadlineFiresAndAFinishedOneDoesNot() {
    // both started at t=0; the deadline is 45m; one is still active, the other finished at 30m
    new RuleUnitTest(reconciliation, "a run over its deadline")
        .series(
            "kube_job_status_start_time{namespace=\"prod\",job_name=\"reconciliation-29000000\"}",
            "0x70")
        .series(
            "kube_job_status_active{namespace=\"prod\",job_name=\"reconciliation-29000000\"}",
            "1x70")
        .series(
            "kube_job_status_start_time{namespace=\"prod\",job_name=\"reconciliation-29001440\"}",
            "0x70")
        .series(
            "kube_job_status_active{namespace=\"prod\",job_name=\"reconciliation-29001440\"}",
            "1x30 0x40")
        .silentAt("44m", "JobOverDeadline")
        .firingAt(
            "55m",
            "JobOverDeadline",
            labels("reconciliation", "billing", Map.of("job_name", "reconciliation-29000000")))
        .run()
        .assertSuccess();
  }

  @Test
  void aGrowingBacklogFiresAndAnotherConsumersBacklogDoesNot() {
    // 100 more messages a minute: above 1000 after 10m, firing 10m later; the label value with
    // quotes is matched exactly, and another consumer group's huge backlog is not this worker's
    new RuleUnitTest(invoicing, "a growing backlog")
        .series(LAG + "\"invoicing \\\"blue\\\"\",partition=\"0\"}", "0+50x40")
        .series(LAG + "\"invoicing \\\"blue\\\"\",partition=\"1\"}", "0+50x40")
        .series(LAG + "\"invoicing\",partition=\"0\"}", "100000x40")
        .silentAt("15m", "BacklogHigh")
        .firingAt("25m", "BacklogHigh", labels("invoicing", "billing", Map.of()))
        .run()
        .assertSuccess();
  }

  @Test
  void aBacklogThatIsWorkedOffStaysSilent() {
    new RuleUnitTest(invoicing, "a spike worked off")
        .series(
            LAG + "\"invoicing \\\"blue\\\"\",partition=\"0\"}",
            "0 5000 4000 3000 2000 1000 500 100 0x30")
        .silentAt("10m", "BacklogHigh")
        .silentAt("30m", "BacklogHigh")
        .run()
        .assertSuccess();
  }

  private static Map<String, String> labels(
      String service, String team, Map<String, String> extra) {
    Map<String, String> labels = new java.util.HashMap<>(extra);
    labels.put("severity", "ticket");
    labels.put("team", team);
    labels.put("service", service);
    labels.put("namespace", "prod");
    labels.put("environment", "prod"); // the base's rules are production's
    return labels;
  }

  private static List<String> alertNames(Path rules) {
    List<String> names = new ArrayList<>();
    JsonNode file = Yaml.read(compiled.file(dir.relativize(rules).toString()));
    for (JsonNode group : file.get("groups")) {
      for (JsonNode rule : group.get("rules")) {
        names.add(rule.path("alert").asText());
      }
    }
    return names;
  }
}
