package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes {@code <env>/kustomization.yaml} at the root of {@code META-INF/slipway/}: every
 * service's overlay of that environment plus {@code <env>/namespaces.yaml} with the namespaces
 * they use, so {@code kubectl apply -k META-INF/slipway/prod} deploys the whole compile to an
 * empty cluster.
 */
public final class EnvironmentEmitter implements Emitter {

  @Override
  public List<GeneratedFile> emit(Compilation compilation) {
    List<ServiceModel> services =
        compilation.services().stream().sorted(Comparator.comparing(ServiceModel::serviceName)).toList();
    List<GeneratedFile> files = new ArrayList<>();
    for (Environment environment : Environment.all(compilation.options())) {
      TreeSet<String> namespaces = new TreeSet<>();
      services.forEach(s -> namespaces.add(compilation.options().namespaceFor(s, environment.name())));
      List<ObjectNode> namespaceObjects =
          namespaces.stream().map(n -> namespace(n, environment)).toList();

      ObjectNode kustomization = Serialization.object();
      kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
      kustomization.put("kind", "Kustomization");
      ArrayNode resources = kustomization.putArray("resources");
      resources.add("namespaces.yaml");
      services.forEach(s -> resources.add("../" + s.serviceName() + "/overlays/" + environment.name()));

      String dir = environment.name() + "/";
      files.add(GeneratedFile.text(dir + "kustomization.yaml", Serialization.yaml(kustomization)));
      files.add(GeneratedFile.text(dir + "namespaces.yaml", Serialization.yamlStream(namespaceObjects)));
    }
    return files;
  }

  /**
   * A namespace that enforces the "restricted" Pod Security Standard, which every pod Slipway
   * generates meets: a hand-written pod that does not is rejected there.
   */
  private static ObjectNode namespace(String name, Environment environment) {
    ObjectNode namespace = Serialization.object();
    namespace.put("apiVersion", "v1");
    namespace.put("kind", "Namespace");
    ObjectNode metadata = namespace.putObject("metadata");
    metadata.put("name", name);
    ObjectNode labels = metadata.putObject("labels");
    labels.put("app.kubernetes.io/managed-by", "slipway");
    labels.put(Overlay.ENVIRONMENT_LABEL, environment.name());
    labels.put("pod-security.kubernetes.io/enforce", "restricted");
    labels.put("pod-security.kubernetes.io/enforce-version", "latest");
    return namespace;
  }
}
