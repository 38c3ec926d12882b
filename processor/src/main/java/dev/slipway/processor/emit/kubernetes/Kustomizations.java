package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Serialization;
import java.util.List;

/** The header every generated {@code kustomization.yaml} starts with. */
public final class Kustomizations {

  private Kustomizations() {}

  /** An empty Kustomization. */
  public static ObjectNode empty() {
    ObjectNode kustomization = Serialization.object();
    kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    kustomization.put("kind", "Kustomization");
    return kustomization;
  }

  /** A Kustomization of nothing but {@code resources}. */
  static ObjectNode listing(List<String> resources) {
    ObjectNode kustomization = empty();
    ArrayNode list = kustomization.putArray("resources");
    resources.forEach(list::add);
    return kustomization;
  }
}
