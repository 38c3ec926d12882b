package dev.slipway.processor.emit.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One Kubernetes object of a service's kustomize base. */
public record Manifest(ObjectNode object) {}
