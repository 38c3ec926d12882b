package dev.slipway.processor.emit.alerts;

import dev.slipway.processor.emit.promql.ServiceSeries;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * What the alert catalogue needs to know about one service: its series, its production namespace
 * for the runbook's commands, and the names of its Kubernetes objects.
 */
record AlertContext(ServicePlan service, Layout layout, ServiceSeries series) {

  static AlertContext of(ServicePlan service, Layout layout) {
    return new AlertContext(service, layout, new ServiceSeries(service));
  }

  String name() {
    return service.name();
  }

  /** The production namespace: runbook commands are written for production. */
  String namespace() {
    return service.production().namespace();
  }

  /** {@code rollout/orders} or {@code deployment/orders}, as kubectl names the workload. */
  String workload() {
    return service.workload().kubectlResource() + "/" + name();
  }

  /**
   * {@code kubectl -n <production namespace> <args>}; each {@code %s} in {@code args} is the next
   * of {@code values}, quoted for the shell ({@link Shell}).
   */
  String kubectl(String args, String... values) {
    return Shell.command("kubectl -n %s " + args, prepend(namespace(), values));
  }

  /** {@code kubectl argo rollouts -n <production namespace> <args>}, like {@link #kubectl}. */
  String argoRollouts(String args, String... values) {
    return Shell.command("kubectl argo rollouts -n %s " + args, prepend(namespace(), values));
  }

  /** The label selector of the service's pods, for kubectl. */
  String podSelector() {
    return "-l " + Shell.quote("app.kubernetes.io/name=" + name());
  }

  /** The command that rolls the workload back to its previous version. */
  String rollbackCommand() {
    return service.isRollout()
        ? argoRollouts("undo %s", name())
        : kubectl("rollout undo %s", workload());
  }

  /** The command that shows the workload's recent versions. */
  String historyCommand() {
    return service.isRollout()
        ? argoRollouts("get rollout %s", name())
        : kubectl("rollout history %s", workload());
  }

  /**
   * The command that adds capacity: raising the autoscaler's floor when there is one (it would undo
   * a manual scale), else scaling the workload.
   */
  String scaleUpCommand() {
    return service.replicas().autoscaled()
        ? kubectl("patch hpa %s -p '{\"spec\":{\"minReplicas\":<n>}}'", name())
        : kubectl("scale %s --replicas=<n>", workload());
  }

  /** The command that shows the last half hour of logs of all the service's pods. */
  String logsCommand() {
    return kubectl("logs " + podSelector() + " --since=30m --prefix");
  }

  /** The command that forwards a local port to a pod's metrics port. */
  String metricsPortForward() {
    return kubectl("port-forward <pod> %s", "9090:" + service.ports().metrics());
  }

  /** The command that fetches the metrics through {@link #metricsPortForward()}. */
  String scrapeCommand() {
    return Shell.command("curl -s %s", "localhost:9090" + service.metrics().path());
  }

  /** The services this one calls, each with a link to its runbook when it has one. */
  List<String> dependencies() {
    return service.dependencies().stream().map(d -> Dependencies.describe(d, layout)).toList();
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
