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

  /** {@code kubectl -n <production namespace> <args>}. */
  String kubectl(String args) {
    return "kubectl -n " + namespace() + " " + args;
  }

  /** {@code kubectl argo rollouts -n <production namespace> <args>}. */
  String argoRollouts(String args) {
    return "kubectl argo rollouts -n " + namespace() + " " + args;
  }

  /** The label selector of the service's pods, for kubectl. */
  String podSelector() {
    return "-l app.kubernetes.io/name=" + name();
  }

  /** The command that rolls the workload back to its previous version. */
  String rollbackCommand() {
    return service.isRollout()
        ? argoRollouts("undo " + name())
        : kubectl("rollout undo " + workload());
  }

  /** The command that shows the workload's recent versions. */
  String historyCommand() {
    return service.isRollout()
        ? argoRollouts("get rollout " + name())
        : kubectl("rollout history " + workload());
  }

  /**
   * The command that adds capacity: raising the autoscaler's floor when there is one (it would undo
   * a manual scale), else scaling the workload.
   */
  String scaleUpCommand() {
    return service.replicas().autoscaled()
        ? kubectl("patch hpa " + name() + " -p '{\"spec\":{\"minReplicas\":<n>}}'")
        : kubectl("scale " + workload() + " --replicas=<n>");
  }

  /** The command that shows the last half hour of logs of all the service's pods. */
  String logsCommand() {
    return kubectl("logs " + podSelector() + " --since=30m --prefix");
  }

  /** The command that forwards a local port to a pod's metrics port. */
  String metricsPortForward() {
    return kubectl("port-forward <pod> 9090:" + service.ports().metrics());
  }

  /** The command that fetches the metrics through {@link #metricsPortForward()}. */
  String scrapeCommand() {
    return "curl -s localhost:9090" + service.metrics().path();
  }

  /** The services this one calls, each with a link to its runbook when it has one. */
  List<String> dependencies() {
    return service.dependencies().stream().map(d -> Dependencies.describe(d, layout)).toList();
  }
}
