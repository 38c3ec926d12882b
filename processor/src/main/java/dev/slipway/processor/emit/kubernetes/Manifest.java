package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Kubernetes object of a service's kustomize base.
 *
 * @param fileName its file in {@code <service>/base/}, for example {@code deployment.yaml}
 */
public record Manifest(String fileName, ObjectNode object) {}
