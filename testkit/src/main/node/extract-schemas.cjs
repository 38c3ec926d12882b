// Writes the JSON schemas that KubernetesSchemas validates against, as one JSON document:
//   { "sources": {package: version}, "kinds": {"<apiVersion> <kind>": "<schema id>"},
//     "definitions": {"<schema id>": <schema>} }
// The schemas come from the pinned npm packages in package-lock.json: kubernetes-models (the
// Kubernetes OpenAPI definitions), @kubernetes-models/argo-rollouts (Argo Rollouts' own CRDs),
// @kubernetes-models/gateway-api (the Gateway API's CRDs, v1.0.0 standard channel) and
// @kubernetes-models/prometheus-operator (the Prometheus Operator's own CRDs). Those packages
// register every schema with Ajv when a model is first validated; we record each registration.
// Usage: node extract-schemas.cjs <output file>
"use strict";

const fs = require("fs");
const path = require("path");
const Ajv = require("ajv").default;

const MODELS = [
  ["kubernetes-models/v1/Service", "Service"],
  ["kubernetes-models/v1/ServiceAccount", "ServiceAccount"],
  ["kubernetes-models/v1/ConfigMap", "ConfigMap"],
  ["kubernetes-models/v1/Namespace", "Namespace"],
  ["kubernetes-models/apps/v1/Deployment", "Deployment"],
  ["kubernetes-models/batch/v1/Job", "Job"],
  ["kubernetes-models/batch/v1/CronJob", "CronJob"],
  ["kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler", "HorizontalPodAutoscaler"],
  ["kubernetes-models/policy/v1/PodDisruptionBudget", "PodDisruptionBudget"],
  ["kubernetes-models/networking.k8s.io/v1/NetworkPolicy", "NetworkPolicy"],
  ["kubernetes-models/networking.k8s.io/v1/Ingress", "Ingress"],
  ["kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole", "ClusterRole"],
  ["kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding", "ClusterRoleBinding"],
  ["@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute", "HTTPRoute"],
  ["@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1/Rollout", "Rollout"],
  ["@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1/AnalysisTemplate", "AnalysisTemplate"],
  ["@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor", "ServiceMonitor"],
  ["@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor", "PodMonitor"],
  ["@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule", "PrometheusRule"],
];
const PACKAGES = [
  "kubernetes-models",
  "@kubernetes-models/apimachinery",
  "@kubernetes-models/argo-rollouts",
  "@kubernetes-models/gateway-api",
  "@kubernetes-models/prometheus-operator",
];

const definitions = {};
const addSchema = Ajv.prototype.addSchema;
Ajv.prototype.addSchema = function (schema, key, ...rest) {
  // Ajv also registers its own meta-schema under its URL; only the packages' schemas are kept.
  if (typeof key === "string" && !key.includes("://")) {
    definitions[key] = schema;
  }
  return addSchema.call(this, schema, key, ...rest);
};

function schemaIdOf(apiVersion, kind) {
  const ids = Object.keys(definitions).filter((id) => {
    const properties = definitions[id].properties || {};
    const enumOf = (name) => JSON.stringify((properties[name] || {}).enum);
    return enumOf("apiVersion") === JSON.stringify([apiVersion]) && enumOf("kind") === JSON.stringify([kind]);
  });
  if (ids.length !== 1) {
    throw new Error(`expected one schema for ${apiVersion} ${kind}, found ${JSON.stringify(ids)}`);
  }
  return ids[0];
}

const kinds = {};
for (const [modulePath, exportName] of MODELS) {
  const Model = require(modulePath)[exportName];
  // Validating an empty object makes the package register the schema and everything it references.
  try {
    new Model({}).validate();
  } catch (expected) {
    // an empty spec is invalid for several kinds; only the registration matters here
  }
  kinds[`${Model.apiVersion} ${Model.kind}`] = schemaIdOf(Model.apiVersion, Model.kind);
}

// Not every package exports its package.json, so read the installed versions from the lockfile.
const lock = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../package-lock.json"), "utf8"));
const sources = {};
for (const name of PACKAGES) {
  sources[name] = lock.packages[`node_modules/${name}`].version;
}

const sortedDefinitions = {};
for (const id of Object.keys(definitions).sort()) {
  sortedDefinitions[id] = definitions[id];
}

const output = process.argv[2];
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, JSON.stringify({ sources, kinds, definitions: sortedDefinitions }) + "\n");
console.log(`wrote ${Object.keys(kinds).length} kinds, ${Object.keys(definitions).length} schemas to ${output}`);
