package dev.slipway.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeTest {

  @TempDir Path dir;

  @Test
  void rendersAnOverlayOfATinyBase() throws IOException {
    Path base = Files.createDirectories(dir.resolve("base"));
    Files.writeString(
        base.resolve("service.yaml"),
        """
        apiVersion: v1
        kind: Service
        metadata: {name: orders}
        spec:
          selector: {app.kubernetes.io/name: orders}
          ports: [{name: http, port: 80, targetPort: http}]
        """);
    Files.writeString(
        base.resolve("kustomization.yaml"),
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources: [service.yaml]
        """);
    Path prod = Files.createDirectories(dir.resolve("overlays/prod"));
    Files.writeString(
        prod.resolve("kustomization.yaml"),
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: commerce-prod
        resources: [../../base]
        """);

    String rendered = Kustomize.build(prod);

    assertTrue(rendered.contains("namespace: commerce-prod"), rendered);
    assertTrue(rendered.contains("name: orders"), rendered);
    KubernetesSchemas.assertValidStream(rendered);
  }

  @Test
  void aBrokenKustomizationFailsWithKustomizesError() throws IOException {
    Files.writeString(dir.resolve("kustomization.yaml"), "resources: [missing.yaml]\n");

    AssertionError error = assertThrows(AssertionError.class, () -> Kustomize.build(dir));

    assertTrue(error.getMessage().contains("failed with exit code"), error::getMessage);
    assertTrue(error.getMessage().contains("missing.yaml"), error::getMessage);
  }

  @Test
  void aMissingDirectoryIsAFailure() {
    assertThrows(AssertionError.class, () -> Kustomize.build(dir.resolve("nowhere")));
  }
}
