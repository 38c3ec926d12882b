package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.Environment;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.ServicePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes {@code <env>/kustomization.yaml} at the root of {@code META-INF/slipway/}: every service's
 * overlay of that environment plus {@code <env>/namespaces.yaml} with the namespaces they use, so
 * {@code kubectl apply -k META-INF/slipway/prod} deploys the whole compile to an empty cluster.
 */
public final class EnvironmentEmitter {

  private EnvironmentEmitter() {}

  public static List<GeneratedFile> emit(CompilePlan compile) {
    List<ServicePlan> services = new ArrayList<>(compile.services());
    services.sort(Comparator.comparing(ServicePlan::name));
    List<GeneratedFile> files = new ArrayList<>();
    for (int i = 0; i < compile.environments().size(); i++) {
      Environment environment = compile.environments().get(i);
      TreeSet<String> namespaces = new TreeSet<>();
      List<String> resources = new ArrayList<>();
      resources.add(Layout.NAMESPACES);
      for (ServicePlan service : services) {
        namespaces.add(service.environments().get(i).namespace());
        resources.add(Layout.overlayFromEnvironment(service.name(), environment.name()));
      }
      List<ObjectNode> namespaceObjects = new ArrayList<>();
      for (String namespace : namespaces) {
        namespaceObjects.add(namespace(namespace, environment));
      }

      String dir = Layout.environment(environment.name());
      files.add(
          GeneratedFile.text(
              dir + Layout.KUSTOMIZATION, Serialization.yaml(Kustomizations.listing(resources))));
      files.add(
          GeneratedFile.text(dir + Layout.NAMESPACES, Serialization.yamlStream(namespaceObjects)));
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
    labels.put(Environment.LABEL, environment.name());
    labels.put("pod-security.kubernetes.io/enforce", "restricted");
    labels.put("pod-security.kubernetes.io/enforce-version", "latest");
    return namespace;
  }
}
