package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.plan.ServicePlan;

/** Building blocks shared by the manifest sources: object headers and the standard labels. */
public final class Objects {

  private Objects() {}

  /** {@code apiVersion}, {@code kind} and {@code metadata} with name and labels. */
  static ObjectNode header(String apiVersion, String kind, String name, ServicePlan service) {
    ObjectNode object = Serialization.object();
    object.put("apiVersion", apiVersion);
    object.put("kind", kind);
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", name);
    metadata.set("labels", labels(service));
    return object;
  }

  /** The recommended {@code app.kubernetes.io/*} labels plus {@code team}. */
  public static ObjectNode labels(ServicePlan service) {
    ObjectNode labels = selector(service);
    labels.put("app.kubernetes.io/component", component(service));
    labels.put("app.kubernetes.io/part-of", service.name());
    labels.put("app.kubernetes.io/managed-by", "slipway");
    labels.put("team", service.team());
    return labels;
  }

  /** What the workload is, for {@code app.kubernetes.io/component}: service, worker or job. */
  static String component(ServicePlan service) {
    return service.isJob() ? "job" : service.isWorker() ? "worker" : "service";
  }

  /** The labels that select the service's pods; stable across versions. */
  static ObjectNode selector(ServicePlan service) {
    ObjectNode selector = Serialization.object();
    selector.put("app.kubernetes.io/name", service.name());
    return selector;
  }
}
