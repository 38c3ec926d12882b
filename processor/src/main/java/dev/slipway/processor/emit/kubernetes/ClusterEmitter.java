package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.Serialization;
import dev.slipway.processor.plan.CanaryPlan;
import dev.slipway.processor.plan.CompilePlan;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.ServicePlan;
import java.util.List;

/**
 * Writes what a cluster's Argo Rollouts needs once for the compile's canaries on a Gateway API
 * route ({@code cluster/argo-rollouts/}), and nothing when there are none:
 *
 * <ul>
 *   <li>the {@code argo-rollouts-config} ConfigMap that registers the Gateway API traffic router
 *       plugin under {@code trafficRouterPlugins} (the controller downloads it at start);
 *   <li>a ClusterRole and its binding to the controller's ServiceAccount: the plugin reads the
 *       Services and updates the HTTPRoutes of the Rollouts it steers.
 * </ul>
 *
 * <p>It assumes the standard installation (namespace {@code argo-rollouts}, ServiceAccount {@code
 * argo-rollouts}); the ConfigMap replaces one that already configures other plugins, which then
 * have to be merged into it (docs/progressive-delivery.md).
 */
public final class ClusterEmitter {

  static final String NAMESPACE = "argo-rollouts";
  static final String CONFIG_MAP = "argo-rollouts-config";
  static final String CONTROLLER_SERVICE_ACCOUNT = "argo-rollouts";
  static final String ROLE = "argo-rollouts-gateway-api-plugin";

  /** The plugin release the ConfigMap pins; Gateway API 1.2 or newer for header routes. */
  static final String PLUGIN_VERSION = "v0.16.0";

  static final String PLUGIN_LOCATION =
      "https://github.com/argoproj-labs/rollouts-plugin-trafficrouter-gatewayapi/releases/download/"
          + PLUGIN_VERSION
          + "/gatewayapi-plugin-linux-amd64";

  private ClusterEmitter() {}

  public static List<GeneratedFile> emit(CompilePlan compile) {
    boolean routed =
        compile.services().stream()
            .map(ServicePlan::canary)
            .anyMatch(c -> c.map(CanaryPlan::trafficRouted).orElse(false));
    if (!routed) {
      return List.of();
    }
    String dir = Layout.argoRolloutsCluster();
    return List.of(
        GeneratedFile.text(
            dir + Layout.KUSTOMIZATION,
            Serialization.yaml(Kustomizations.listing(List.of(Layout.GATEWAY_API_PLUGIN)))),
        GeneratedFile.text(
            dir + Layout.GATEWAY_API_PLUGIN,
            Serialization.yamlStream(List.of(configMap(), clusterRole(), binding()))));
  }

  private static ObjectNode configMap() {
    ObjectNode configMap = header("v1", "ConfigMap", CONFIG_MAP);
    ObjectNode metadata = Serialization.object();
    metadata.put("name", CONFIG_MAP);
    metadata.put("namespace", NAMESPACE); // next to the name, where a reader looks
    metadata.setAll(configMap.withObject("/metadata"));
    configMap.set("metadata", metadata);
    ObjectNode plugin = Serialization.object();
    plugin.put("name", RolloutManifest.GATEWAY_API_PLUGIN);
    plugin.put("location", PLUGIN_LOCATION);
    ArrayNode plugins = Serialization.object().arrayNode().add(plugin);
    configMap.putObject("data").put("trafficRouterPlugins", Serialization.embeddedYaml(plugins));
    return configMap;
  }

  private static ObjectNode clusterRole() {
    ObjectNode role = header("rbac.authorization.k8s.io/v1", "ClusterRole", ROLE);
    ArrayNode rules = role.putArray("rules");
    rules.add(rule("", List.of("services"), List.of("get")));
    rules.add(
        rule(
            "gateway.networking.k8s.io",
            List.of("httproutes"),
            List.of("get", "list", "update", "patch")));
    return role;
  }

  private static ObjectNode binding() {
    ObjectNode binding = header("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", ROLE);
    ObjectNode roleRef = binding.putObject("roleRef");
    roleRef.put("apiGroup", "rbac.authorization.k8s.io");
    roleRef.put("kind", "ClusterRole");
    roleRef.put("name", ROLE);
    ObjectNode subject = binding.putArray("subjects").addObject();
    subject.put("kind", "ServiceAccount");
    subject.put("name", CONTROLLER_SERVICE_ACCOUNT);
    subject.put("namespace", NAMESPACE);
    return binding;
  }

  private static ObjectNode rule(String group, List<String> resources, List<String> verbs) {
    ObjectNode rule = Serialization.object();
    rule.putArray("apiGroups").add(group);
    ArrayNode list = rule.putArray("resources");
    resources.forEach(list::add);
    ArrayNode allowed = rule.putArray("verbs");
    verbs.forEach(allowed::add);
    return rule;
  }

  private static ObjectNode header(String apiVersion, String kind, String name) {
    ObjectNode object = Serialization.object();
    object.put("apiVersion", apiVersion);
    object.put("kind", kind);
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", name);
    metadata.putObject("labels").put("app.kubernetes.io/managed-by", "slipway");
    return object;
  }
}
