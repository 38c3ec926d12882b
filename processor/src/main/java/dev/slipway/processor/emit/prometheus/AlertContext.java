package dev.slipway.processor.emit.prometheus;

import dev.slipway.processor.emit.runbook.RunbookLinks;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.List;

/**
 * What the alert catalogues need to know about one service: its series, its production namespace
 * for the runbook's commands, and the names of its Kubernetes objects.
 */
public record AlertContext(ServiceModel service, Compilation compilation, ServiceSeries series) {

  public static AlertContext of(ServiceModel service, Compilation compilation) {
    return new AlertContext(service, compilation, new ServiceSeries(service));
  }

  public String name() {
    return service.serviceName();
  }

  public String team() {
    return service.team().value();
  }

  /** The production namespace: runbook commands are written for production. */
  public String namespace() {
    return compilation
        .options()
        .namespaceFor(service, compilation.options().productionEnvironment());
  }

  /** {@code rollout/orders} or {@code deployment/orders}, as kubectl names the workload. */
  public String workload() {
    return (service.isRollout() ? "rollout/" : "deployment/") + name();
  }

  /** {@code kubectl -n <production namespace> <args>}. */
  public String kubectl(String args) {
    return "kubectl -n " + namespace() + " " + args;
  }

  /** The label selector of the service's pods, for kubectl. */
  public String podSelector() {
    return "-l app.kubernetes.io/name=" + name();
  }

  /** The command that rolls the workload back to its previous version. */
  public String rollbackCommand() {
    return service.isRollout()
        ? "kubectl argo rollouts -n " + namespace() + " undo " + name()
        : kubectl("rollout undo " + workload());
  }

  /**
   * The command that adds capacity: raising the autoscaler's floor when there is one (it would undo
   * a manual scale), else scaling the workload.
   */
  public String scaleUpCommand() {
    return service.scaling().map(s -> s.autoscales()).orElse(false)
        ? kubectl("patch hpa " + name() + " -p '{\"spec\":{\"minReplicas\":<n>}}'")
        : kubectl("scale " + workload() + " --replicas=<n>");
  }

  /** The command that shows the last half hour of logs of all the service's pods. */
  public String logsCommand() {
    return kubectl("logs " + podSelector() + " --since=30m --prefix");
  }

  /** The services this one calls, each with a link to its runbook, or empty. */
  public List<String> dependencies() {
    return service.dependsOn().stream()
        .map(d -> d.value())
        .map(
            d ->
                compilation
                    .service(d)
                    .map(
                        s ->
                            "`"
                                + d
                                + "` (runbook: "
                                + compilation.options().runbookBaseUrl()
                                + "/"
                                + RunbookLinks.path(s)
                                + ")")
                    .orElse("`" + d + "`"))
        .toList();
  }

  /** Turns an alert into a link to its runbook section: the alert name is the heading. */
  public String runbookUrl(String alertName) {
    return RunbookLinks.url(compilation.options(), service, alertName);
  }
}
